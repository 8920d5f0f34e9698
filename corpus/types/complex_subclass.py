# Subclasses of complex: construction, inherited operators, overrides.
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c == 1 + 2j, hash(c) == hash(1 + 2j))
print(C("3+4j"), C(), C(5), abs(C(3, 4)), -C(1, 1), isinstance(c, complex))
class D(complex):
    def __repr__(self): return "D!"
    def __add__(self, o): return "added"
    def __radd__(self, o): return "radded"
d = D("3+4j")
print(d, d + 1, 1 + d, abs(d), d * 2)
class P(complex):
    def __new__(cls, r, i):
        return super().__new__(cls, r * 10, i * 10)
    def mag(self): return abs(self)
p = P(3, 4)
print(p, p.mag(), type(p).__name__)
p.tag = "hello"
print(p.tag)
print(complex(C(1, 1)), type(complex(C(1, 1))).__name__)
