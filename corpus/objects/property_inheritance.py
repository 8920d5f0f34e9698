# Properties are inherited, can be overridden, and extended in subclasses.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @property
    def label(self):
        return "base"


class Child(Base):
    @property
    def label(self):
        return "child+" + super().label

    @Base.v.setter
    def v(self, value):
        self._v = value * 100


b, c = Base(), Child()
print(b.v, c.v, b.label, c.label)
c.v = 2
print(c.v)
try:
    b.v = 2
except AttributeError as e:
    print("AttributeError:", e)


class Plain(Base):
    v = 42


print(Plain().v)


class Shadow(Base):
    def __init__(self):
        super().__init__()
        self.__dict__["label"] = "instance"


print(Shadow().label)


class Abstract:
    @property
    def name(self):
        raise NotImplementedError


class Concrete(Abstract):
    name = "concrete"


print(Concrete().name)
try:
    Abstract().name
except NotImplementedError as e:
    print("NotImplementedError", repr(str(e)))
