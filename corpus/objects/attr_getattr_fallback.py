# __getattr__ runs only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls)
print(p.count(1), p.calls)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(p.calls)


class Defaults:
    known = 1

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError("no attribute " + repr(name))


d = Defaults()
print(d.known, d.opt_colour, getattr(d, "opt_size"))
print(hasattr(d, "opt_x"), hasattr(d, "nope"))
print(getattr(d, "nope", "fallback"))
d.opt_colour = "set"
print(d.opt_colour)


class Lazy:
    def __getattr__(self, name):
        print("computing", name)
        value = len(name)
        setattr(self, name, value)
        return value


z = Lazy()
print(z.abc, z.abc, z.hello)


class Raises:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback for " + name


print(Raises().broken)
