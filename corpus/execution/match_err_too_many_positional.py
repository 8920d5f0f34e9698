# More positional sub-patterns than __match_args__ entries.
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(v):
    match v:
        case Vec(x, y):
            return abs(x) + abs(y)


def norm1_3d(v):
    match v:
        case Vec(x, y, z):
            return abs(x) + abs(y) + abs(z)


print(norm1(Vec(3, -4)))
print(norm1_3d((1, 2, 3)))
print(norm1_3d(Vec(1, 2)))
