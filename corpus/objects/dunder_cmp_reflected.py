# Reflected comparisons: a < b falls back to b > a, == to reversed ==.
class L:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(self.name + ".__lt__")
        return NotImplemented

    def __eq__(self, other):
        print(self.name + ".__eq__")
        return NotImplemented


class R:
    def __init__(self, name):
        self.name = name

    def __gt__(self, other):
        print(self.name + ".__gt__")
        return True

    def __eq__(self, other):
        print(self.name + ".__eq__")
        return True

    def __le__(self, other):
        return "R.__le__"


l, r = L("l"), R("r")
print(l < r)
print(l == r)
try:
    r >= l
except TypeError as e:
    print("TypeError:", e)
print(5 >= r)
print(l == L("other"))
try:
    l < L("other")
except TypeError as e:
    print("TypeError:", e)
try:
    l > 3
except TypeError as e:
    print("TypeError:", e)
print(l != 3)
