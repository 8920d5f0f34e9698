# Infinite recursion through special methods, and self-referential containers.
class LoopRepr:
    def __repr__(self):
        return "LoopRepr(" + repr(self) + ")"


class LoopEq:
    def __eq__(self, other):
        return self == other


class LoopAttr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


class LoopStr:
    def __str__(self):
        return f"{self}"


class LoopLen:
    def __len__(self):
        return len(self)


def attempt(label, fn):
    try:
        fn()
        print(label, "returned?!")
    except RecursionError as e:
        print(label, "-> RecursionError:", str(e).startswith("maximum recursion depth exceeded"))


attempt("repr", lambda: repr(LoopRepr()))
attempt("eq", lambda: LoopEq() == LoopEq())
attempt("getattr", lambda: LoopAttr().anything)
attempt("str", lambda: str(LoopStr()))
attempt("len", lambda: len(LoopLen()))
attempt("eq in list.index", lambda: [LoopEq()].index(0))

# Self-referential containers are printed with ellipses, not recursion.
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst), str(lst))
d = {"name": "d"}
d["self"] = d
print(d)
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
print(pair)
t = ([],)
t[0].append(t)
print(t)


class Holder:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Holder({self.items!r})"


h = Holder()
h.items.append([h.items])
print(h)

# Comparing self-referential lists is fine when identical...
print("lst == lst:", lst == lst)
# ...but two distinct self-referential structures recurse forever.
other = [1, 2]
other.append(other)
try:
    lst == other
except RecursionError as e:
    print("comparing cyclic lists -> RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
