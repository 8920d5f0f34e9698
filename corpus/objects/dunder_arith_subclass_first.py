# If the right operand's type is a subclass of the left's and overrides the
# reflected method, it is tried first.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __mul__(self, other):
        return "Base.__mul__"

    def __rmul__(self, other):
        return "Base.__rmul__"

    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

    def __gt__(self, other):
        return "Derived.__gt__"


class NotOverriding(Base):
    pass


b, d, n = Base(1), Derived(2), NotOverriding(3)
print(b + d)
print(d + b)
print(b + n)
print(b * d)
print(b < d)
print(d < b)
print(b < n)


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(3))


class Declines(Base):
    def __radd__(self, other):
        return NotImplemented


print(b + Declines(0))
