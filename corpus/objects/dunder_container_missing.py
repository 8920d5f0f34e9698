# __missing__ on dict subclasses is called by d[key] (not by get or in).
class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = key * 2
        self[key] = value
        return value


d = Default(a="x")
print(d["a"], d["b"], d["b"], d.get("c"), "c" in d)
print(sorted(d.items()))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no such key: " + repr(key))


try:
    Strict()["k"]
except KeyError as e:
    print("KeyError:", e)


class Plain(dict):
    pass


try:
    Plain()["k"]
except KeyError as e:
    print("KeyError:", e)


class Tree(dict):
    def __missing__(self, key):
        sub = self[key] = Tree()
        return sub


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t)
print(isinstance(t, dict), type(t["a"]).__name__)
