# Reflected operands: __radd__ etc. used when the left operand can't handle it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print("__add__", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", type(other).__name__)
        if other == 0:
            return self
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __rmul__(self, other):
        return Money(self.cents * other)

    def __rtruediv__(self, other):
        return other / self.cents

    def __rfloordiv__(self, other):
        return other // self.cents

    def __rmod__(self, other):
        return other % self.cents

    def __rpow__(self, other):
        return other ** self.cents

    def __rlshift__(self, other):
        return other << self.cents

    def __rrshift__(self, other):
        return other >> self.cents

    def __rand__(self, other):
        return other & self.cents

    def __ror__(self, other):
        return other | self.cents

    def __rxor__(self, other):
        return other ^ self.cents


m = Money(5)
print(m + 3)
print(3 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(100 - m, 3 * m, 10 / m, 17 // m, 17 % m, 2 ** m)
print(1 << m, 64 >> m, 7 & m, 8 | m, 6 ^ m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __add__(self, o):
        return "Left.__add__"


class Right:
    def __radd__(self, o):
        return "Right.__radd__"


print(Left() + Right(), 1 + Right(), [1] + [2])
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
