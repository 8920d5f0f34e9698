# __slots__ with inheritance: a subclass without __slots__ gets a __dict__.
class Base:
    __slots__ = ("a",)


class WithSlots(Base):
    __slots__ = ("b",)


class WithoutSlots(Base):
    pass


w = WithSlots()
w.a, w.b = 1, 2
print(w.a, w.b, hasattr(w, "__dict__"))
try:
    w.c = 3
except AttributeError as e:
    print("AttributeError:", e)
n = WithoutSlots()
n.a = 1
n.c = 3
print(n.a, n.c, n.__dict__)


class DictSlot:
    __slots__ = ("x", "__dict__")


d = DictSlot()
d.x = 1
d.y = 2
print(d.x, d.y, d.__dict__)


class Plain:
    pass


class SlotsOnPlain(Plain):
    __slots__ = ("s",)


sp = SlotsOnPlain()
sp.s = 1
sp.anything = 2
print(sp.s, sp.anything, sorted(vars(sp)))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
print([c.__name__ for c in WithSlots.__mro__])
