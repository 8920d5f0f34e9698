# Uncaught TypeError: instances with __eq__ but no __hash__ used as dict keys.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k


print(Key(1) == Key(1))
table = {}
table[Key(1)] = "one"
