# type() with three arguments, combined with inheritance and __init_subclass__.
class Base:
    created = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.created.append((cls.__name__, sorted(kw)))

    def hello(self):
        return "hello from " + type(self).__name__


Dyn = type("Dyn", (Base,), {"x": 1})
print(Dyn().hello(), Dyn.x, Base.created)
Dyn2 = type("Dyn2", (Dyn,), {"hello": lambda self: "override " + super(Dyn2, self).hello()})
print(Dyn2().hello())
print(Base.created)


class Meta(type):
    pass


M = Meta("M", (), {"v": 2})
print(type(M).__name__, M.v)
N = type("N", (M,), {})
print(type(N).__name__)
print(type.__call__(type, "Z", (), {}).__name__)
fields = ["a", "b", "c"]
ns = {}
for i, f in enumerate(fields):
    ns[f] = i * 10
Fields = type("Fields", (), ns)
print([getattr(Fields, f) for f in fields])


def __init__(self, **kw):
    for k, v in kw.items():
        setattr(self, k, v)


def __repr__(self):
    return "Rec(" + ", ".join([k + "=" + repr(v) for k, v in sorted(vars(self).items())]) + ")"


Rec = type("Rec", (), {"__init__": __init__, "__repr__": __repr__})
print(Rec(b=2, a="one"))
print([Rec(n=i) for i in range(3)])
