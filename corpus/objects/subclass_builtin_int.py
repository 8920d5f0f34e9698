# Subclassing int: arithmetic returns plain ints unless overridden; methods still work.
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(str(v) + " is odd")
        return super().__new__(cls, v)

    def half(self):
        return self // 2


e = Even(10)
print(e, type(e).__name__, e + 1, type(e + 1).__name__, e.half(), e.bit_length())
print(isinstance(e, int), e == 10, hash(e) == hash(10), {10: "x"}[e])
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)


class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"

    def __add__(self, other):
        return Meters(int(self) + int(other))

    __radd__ = __add__


m = Meters(5) + 3
print(repr(m), m, str(m), 3 + Meters(2), sum([Meters(1), Meters(2)]))
print([Meters(1), Meters(2)], f"{Meters(7)}", f"{Meters(7)!r}")
print(Meters(3) * 2, type(Meters(3) * 2).__name__)


class Strange(int):
    def __str__(self):
        return "strange"


print(Strange(4), str(Strange(4)), repr(Strange(4)), "%d" % Strange(4), f"{Strange(4)}")
print(sorted([Meters(3), Meters(1), 2]), max(Meters(9), 4), range(Meters(3)))
print(int(Meters(8)), type(int(Meters(8))).__name__, Meters("12", 16) if False else Meters(int("12", 16)))
print(bool(Even(0)), -Meters(3), abs(Meters(-3)), type(-Meters(3)).__name__)
x = Meters(2)
x += 5
print(repr(x), type(x).__name__)
print(list(range(10))[Meters(3)], "abc"[Meters(1)])


class Flag(int):
    pass


f = Flag(1)
f.note = "has dict"
print(f.note, f + 0, vars(f))
