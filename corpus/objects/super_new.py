# __new__ with super().__new__(cls): custom construction, caching, immutables.
class Tracked:
    count = 0

    def __new__(cls, *args, **kwargs):
        print("Tracked.__new__", cls.__name__, args)
        inst = super().__new__(cls)
        Tracked.count += 1
        inst.serial = Tracked.count
        return inst

    def __init__(self, name):
        print("Tracked.__init__", name)
        self.name = name


a = Tracked("a")
b = Tracked("b")
print(a.serial, b.serial, a.name, b.name)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        obj.key = key
        cls._cache[key] = obj
        return obj


x, y, z = Interned("k"), Interned("k"), Interned("j")
print(x is y, x is z, len(Interned._cache))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u))


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(Other())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
