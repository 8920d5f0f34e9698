# __setattr__ overrides: validation, logging, frozen objects.
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0, got " + str(value))
        print("set", name, value)
        object.__setattr__(self, name, value)


v = Validated()
v.age = 3
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, sorted(vars(v).items()))
setattr(v, "age", 7)
print(v.age)


class Frozen:
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError("Frozen is immutable: " + name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)


f = Frozen(1, 2)
print(f.a, f.b)
for attempt in ("a", "c"):
    try:
        setattr(f, attempt, 9)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del f.a
except AttributeError as e:
    print("AttributeError:", e)


class Tracked:
    def __init__(self):
        self.changes = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)


t = Tracked()
t.value = 5
t.value += 1
t.other = "o"
print(t.changes)


class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)


class Child(Base):
    pass


c = Child()
c.n = 21
c.s = "s"
print(c.n, c.s)
