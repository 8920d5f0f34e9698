# Uncaught TypeError: a user class with __add__ returning NotImplemented.
class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x)
        return NotImplemented


print((Vec(1) + Vec(2)).x)
print(Vec(1) + 5)
