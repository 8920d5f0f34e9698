# Subclassing tuple (a named pair), set and frozenset.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def __repr__(self):
        return f"Pair({self[0]!r}, {self[1]!r})"


p = Pair(1, "x")
print(p, p.first, p.second, len(p), p == (1, "x"), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p.index("x"), hash(p) == hash((1, "x")), {p: "v"}[(1, "x")])
print(sorted([Pair(2, 0), Pair(1, 5), Pair(1, 2)]))
try:
    p[0] = 2
except TypeError as e:
    print("TypeError:", e)


class TagSet(set):
    def add(self, item):
        super().add(item.lower())

    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"


t = TagSet()
for tag in ["Py", "py", "C", "Rust"]:
    t.add(tag)
print(t, len(t), "py" in t, "Py" in t)
u = t | {"go"}
print(type(u).__name__, sorted(u))
t.discard("c")
print(t, sorted(t & {"py", "x"}))


class Frozen(frozenset):
    def describe(self):
        return "{" + ",".join(sorted(self)) + "}"


f = Frozen("abca")
print(f.describe(), len(f), hash(f) == hash(frozenset("abc")), f == frozenset("cab"))
print({f: 1}[frozenset("abc")], type(f | {"z"}).__name__)
