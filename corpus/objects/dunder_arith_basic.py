# Binary arithmetic special methods on a user class.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v!r})"

    def _wrap(self, other):
        return other.v if isinstance(other, Num) else other

    def __add__(self, o): return Num(self.v + self._wrap(o))
    def __sub__(self, o): return Num(self.v - self._wrap(o))
    def __mul__(self, o): return Num(self.v * self._wrap(o))
    def __truediv__(self, o): return Num(self.v / self._wrap(o))
    def __floordiv__(self, o): return Num(self.v // self._wrap(o))
    def __mod__(self, o): return Num(self.v % self._wrap(o))
    def __pow__(self, o): return Num(self.v ** self._wrap(o))
    def __lshift__(self, o): return Num(self.v << self._wrap(o))
    def __rshift__(self, o): return Num(self.v >> self._wrap(o))
    def __and__(self, o): return Num(self.v & self._wrap(o))
    def __or__(self, o): return Num(self.v | self._wrap(o))
    def __xor__(self, o): return Num(self.v ^ self._wrap(o))


a, b = Num(17), Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** Num(2))
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(a + 1, a * 2.5, a - (-3))
print((a + b) * (a - b))
total = Num(0)
for i in range(5):
    total = total + i
print(total)
print(sum([Num(1), Num(2)], Num(0)))
try:
    print(1 + a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a @ b)
except TypeError as e:
    print("TypeError:", e)
