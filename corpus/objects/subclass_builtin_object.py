# Explicitly subclassing object: inherited default methods and their behaviour.
class Explicit(object):
    pass


class Implicit:
    pass


print(Explicit.__bases__ == Implicit.__bases__ == (object,))
print(Explicit.__mro__[-1] is object, len(Implicit.__mro__))
e = Explicit()
print(type(e).__name__, isinstance(e, object), issubclass(Explicit, object))
print(e == e, e != Explicit(), bool(e), hash(e) == hash(e))
print(repr(e).startswith("<__main__.Explicit object at 0x"), str(e) == repr(e))
print(format(e, "") == str(e))
names = ["__init__", "__repr__", "__eq__", "__hash__", "__getattribute__", "__setattr__", "__new__"]
print([getattr(Explicit, n) is getattr(object, n) for n in names])


class OverridesSome(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return type(other) is type(self) and other.v == self.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"O({self.v})"


o = OverridesSome(1)
print(o, [o], o == OverridesSome(1), o is OverridesSome(1), len({o, OverridesSome(1)}))
print(OverridesSome.__init__ is object.__init__, OverridesSome.__str__ is object.__str__, str(o))
print(object.__repr__(o).startswith("<__main__.OverridesSome object at"))
print(object.__eq__(o, OverridesSome(1)), object.__eq__(o, o))
print(sorted([k for k in OverridesSome.__dict__ if not k.startswith("__")]), "__init__" in OverridesSome.__dict__)
print(object.__init_subclass__ is not None, type(object.__dict__["__init_subclass__"]).__name__ != "")
