# Uncaught KeyError from a dict subclass whose __missing__ raises with a tuple key.
class Registry(dict):
    def __missing__(self, key):
        raise KeyError(key)


r = Registry(a=1)
print(r["a"])
print(r[("b", 2)])
