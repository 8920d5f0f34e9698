# __setitem__ and __delitem__ building a small mapping class.
class CaseInsensitive:
    def __init__(self):
        self._d = {}

    def __setitem__(self, key, value):
        self._d[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._d[key.lower()][1]

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key.lower() in self._d

    def __iter__(self):
        return iter([orig for orig, _ in self._d.values()])

    def keys(self):
        return list(self)

    def __repr__(self):
        return "{" + ", ".join([f"{k!r}: {v!r}" for k, v in self._d.values()]) + "}"


d = CaseInsensitive()
d["Content-Type"] = "text/html"
d["ACCEPT"] = "*/*"
print(d["content-type"], d["accept"], len(d), "Accept" in d)
d["content-TYPE"] = "json"
print(d, len(d))
del d["accept"]
print(d, "accept" in d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
d["b"] = 2
print(list(d), d.keys(), sorted(d))
print(dict(d))
x = [1, 2, 3, 4]
x[1:3] = []
print(x)
