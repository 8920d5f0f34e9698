# super() inside classmethods and staticmethods with explicit arguments.
class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        Base.registry.append(cls.__name__)
        return cls(*args)

    @classmethod
    def kind(cls):
        return "base-kind of " + cls.__name__

    def __init__(self, *args):
        self.args = args


class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args, "extra")
        obj.note = "made by Child.create"
        return obj

    @classmethod
    def kind(cls):
        return "child>" + super().kind()


class GrandChild(Child):
    @staticmethod
    def helper():
        return super(GrandChild, GrandChild).kind()


o = Child.create(1, 2)
print(type(o).__name__, o.args, o.note)
g = GrandChild.create()
print(type(g).__name__, g.args)
print(Base.registry)
print(Child.kind(), GrandChild.kind())
print(GrandChild.helper())


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(5).v)
