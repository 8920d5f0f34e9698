# Subclassing dict: attribute access, overridden __setitem__ (not used by update!), __missing__.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, a["y"], len(a), sorted(a.keys()))
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)


class UpperKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = UpperKeys()
u["a"] = 1
u.update({"b": 2})
print(u, u["a"], u["A"], "b" in u, "B" in u, u.get("a"), u.get("A"), dict.__getitem__(u, "b"))
try:
    u["b"]
except KeyError as e:
    print("KeyError:", e)
print(UpperKeys(c=3))


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def __repr__(self):
        return "Ordered{" + ", ".join([f"{k}={self[k]}" for k in self]) + "}"


o = Ordered(c=3, a=1, b=2)
print(o, list(o), list(o.keys()), [k for k in o])
print(dict(o) == {"a": 1, "b": 2, "c": 3}, isinstance(o, dict), o == {"a": 1, "b": 2, "c": 3})
print(sorted(o.items()), o.pop("a"), o)
o2 = o.copy()
print(type(o2).__name__)
print(type(Ordered.fromkeys("xy")).__name__)
