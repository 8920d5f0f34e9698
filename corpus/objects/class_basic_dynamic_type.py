# type(name, bases, namespace) creates classes at run time.
def init(self, v):
    self.v = v


def show(self):
    return self.__class__.__name__ + ":" + str(self.v)


Base = type("Base", (), {"__init__": init, "show": show, "kind": "base"})
b = Base(3)
print(b.show(), Base.kind, Base.__name__, Base.__bases__ == (object,))
Derived = type("Derived", (Base,), {"kind": "derived", "double": lambda self: self.v * 2})
d = Derived(21)
print(d.show(), d.double(), Derived.kind, isinstance(d, Base))
print([c.__name__ for c in Derived.__mro__])
print(Derived.__qualname__, Derived.__module__)
print(type(Derived) is type)
Empty = type("Empty", (object,), {})
print(Empty.__name__, sorted([k for k in vars(Empty) if not k.startswith("__")]))
print(type(3), type("s"), type([]))
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
ns = {"__doc__": "dynamic doc", "x": 1}
Doc = type("Doc", (), ns)
print(Doc.__doc__, Doc.x)
# names of dynamic classes need not be identifiers
Weird = type("not an identifier!", (), {})
print(Weird.__name__)
