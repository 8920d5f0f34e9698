# A namedtuple-like class factory using exec on generated source.
def make_record(typename, field_names):
    fields = field_names.replace(",", " ").split()
    for f in fields:
        if not f.isidentifier() or f.startswith("_"):
            raise ValueError(f"bad field name: {f!r}")
    args = ", ".join(fields)
    lines = [f"def __new__(_cls, {args}):",
             f"    return tuple.__new__(_cls, ({args}{',' if len(fields) == 1 else ''}))"]
    src = "\n".join(lines)
    ns = {}
    exec(src, ns)
    body = {
        "__slots__": (),
        "_fields": tuple(fields),
        "__new__": ns["__new__"],
        "__repr__": lambda self: f"{typename}(" + ", ".join(
            f"{n}={v!r}" for n, v in zip(fields, self)) + ")",
        "_asdict": lambda self: dict(zip(fields, self)),
        "_replace": lambda self, **kw: type(self)(*[kw.pop(n, v) for n, v in zip(fields, self)]),
    }
    for i, f in enumerate(fields):
        exec(f"def getter(self):\n    return self[{i}]\n", ns)
        body[f] = property(ns["getter"], doc=f"Alias for field number {i}")
    cls = type(typename, (tuple,), body)
    cls.__new__.__qualname__ = f"{typename}.__new__"
    return cls


Point = make_record("Point", "x, y")
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p))
print(p == (3, 4), isinstance(p, tuple), Point._fields)
print(p._asdict())
print(p._replace(y=10), p)
x, y = p
print("unpacked:", x, y)
print(Point(y=1, x=2))
print(Point.x.__doc__)
print(Point.__new__.__qualname__, Point.__new__.__code__.co_varnames)

Single = make_record("Single", "value")
s = Single(9)
print(s, s.value, tuple(s))

Person = make_record("Person", "name age city")
people = [Person("ann", 31, "oslo"), Person("bob", 25, "rome"), Person("cy", 40, "oslo")]
for per in sorted(people, key=lambda q: q.age):
    print(per)
print([q.name for q in people if q.city == "oslo"])

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    make_record("Bad", "ok _hidden")
except ValueError as e:
    print("ValueError:", e)
try:
    make_record("Bad", "class")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
