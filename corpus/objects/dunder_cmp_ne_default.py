# The default __ne__ inverts __eq__ (unless it returns NotImplemented).
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__", self.v, getattr(other, "v", other))
        if isinstance(other, Eq):
            return self.v == other.v
        return NotImplemented


print(Eq(1) != Eq(1))
print(Eq(1) != Eq(2))
print(Eq(1) != 5)
print(Eq(1) == 5)


class WeirdEq:
    def __eq__(self, other):
        return "truthy string"


print(WeirdEq() == 1, WeirdEq() != 1)


class OwnNe:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "own ne"


print(OwnNe() == 0, OwnNe() != 0)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
print(Plain.__ne__ is object.__ne__)
