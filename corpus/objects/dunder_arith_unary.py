# Unary operators: __neg__, __pos__, __invert__, __abs__.
class Vec:
    def __init__(self, *c):
        self.c = c

    def __neg__(self):
        return Vec(*[-x for x in self.c])

    def __pos__(self):
        return Vec(*[x for x in self.c])

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __abs__(self):
        return sum([x * x for x in self.c]) ** 0.5

    def __repr__(self):
        return "Vec" + repr(self.c)


v = Vec(3, -4)
print(-v, +v, ~v, abs(v), abs(-v))
print(-(-v), ~~v)


class OnlyNeg:
    def __neg__(self):
        return "negated"


o = OnlyNeg()
print(-o)
for op, f in (("+", lambda: +o), ("~", lambda: ~o), ("abs", lambda: abs(o))):
    try:
        f()
    except TypeError as e:
        print(op, "TypeError:", e)


class Weird:
    def __neg__(self):
        return 42

    def __abs__(self):
        return "absolute"


print(-Weird() + 1, abs(Weird()))
print(not Weird())
