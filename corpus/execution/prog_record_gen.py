# A mini dataclass: a decorator that reads class annotations and generates
# __init__, __repr__, __eq__, ordering and an as_dict method with exec.
MISSING = object()


def field_spec(cls):
    specs = []
    for name in cls.__dict__.get("__annotations__", {}):
        default = cls.__dict__.get(name, MISSING)
        specs.append((name, default))
    return specs


def make_method(name, src, namespace):
    ns = {}
    exec(src, namespace, ns)
    return ns[name]


def record(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        specs = field_spec(cls)
        names = [n for n, _ in specs]
        seen_default = False
        params = []
        env = {"MISSING": MISSING}
        for name, default in specs:
            if default is MISSING:
                if seen_default:
                    raise TypeError(f"non-default argument {name!r} follows default argument")
                params.append(name)
            else:
                seen_default = True
                env[f"_dflt_{name}"] = default
                params.append(f"{name}=_dflt_{name}")
        setter = "object.__setattr__(self, {n!r}, {n})" if frozen else "self.{n} = {n}"
        body = [setter.format(n=n) for n in names] or ["pass"]
        src = f"def __init__(self, {', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body)
        if "__post_init__" in cls.__dict__:
            src += "    self.__post_init__()\n"
        cls.__init__ = make_method("__init__", src, env)
        cls.__init__.__qualname__ = f"{cls.__name__}.__init__"
        cls._source = src

        fields = ", ".join(f"{n}={{self.{n}!r}}" for n in names)
        cls.__repr__ = make_method("__repr__", f"def __repr__(self):\n    return f'{cls.__name__}({fields})'\n", {})
        tup = "(" + "".join(f"self.{n}, " for n in names) + ")"
        otup = tup.replace("self.", "other.")
        cls.__eq__ = make_method("__eq__", (
            "def __eq__(self, other):\n"
            "    if other.__class__ is not self.__class__:\n"
            "        return NotImplemented\n"
            f"    return {tup} == {otup}\n"), {})
        cls.__hash__ = None if not frozen else make_method("__hash__", f"def __hash__(self):\n    return hash({tup})\n", {})
        if order:
            for op, sym in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
                setattr(cls, op, make_method(op, (
                    f"def {op}(self, other):\n"
                    "    if other.__class__ is not self.__class__:\n"
                    "        return NotImplemented\n"
                    f"    return {tup} {sym} {otup}\n"), {}))
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r} of frozen {type(self).__name__}")
            cls.__setattr__ = __setattr__
        cls.as_dict = make_method("as_dict", "def as_dict(self):\n    return {" +
                                  ", ".join(f"{n!r}: self.{n}" for n in names) + "}\n", {})
        cls._fields = tuple(names)
        return cls

    return wrap if cls is None else wrap(cls)


@record
class Point:
    x: int
    y: int = 0


@record(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = ""


@record(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __post_init__(self):
        if self.amount < 0:
            raise ValueError(f"negative amount {self.amount}")


p = Point(3)
print(p, Point(1, 2), p == Point(3, 0), p == Point(3, 1), p == (3, 0))
print(p.as_dict(), Point._fields)
print(Point._source, end="")
print("init qualname:", Point.__init__.__qualname__, "| hashable:", Point.__hash__ is not None)

versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc1"), Version(2)]
print(sorted(versions))
print(max(versions), Version(1, 2) < Version(1, 2, 1), Version(3) >= Version(2, 9, 9))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)

m = Money(5)
print(m, hash(m) == hash(Money(5, "EUR")), len({Money(1), Money(1), Money(2, "USD")}))
try:
    m.amount = 7
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    @record
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
