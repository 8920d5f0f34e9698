# **rest in mapping patterns collects the remaining items into a new dict.
def split(m):
    match m:
        case {"name": name, **rest}:
            return name, rest
        case {**everything}:
            return None, everything


for m in [{"name": "ann", "age": 30, "city": "Oslo"}, {"name": "bob"},
          {"age": 1}, {}]:
    name, rest = split(m)
    print(repr(name), rest, type(rest).__name__)

# rest is a fresh dict, not the original one.
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"a": _, **others}:
        others["z"] = 26
        print("others", others)
        print("src untouched", src)
        print("same object?", others is src)

# rest keeps insertion order of the subject.
order = {}
for k in "zyxwv":
    order[k] = ord(k)
match order:
    case {"x": xv, **r}:
        print("x", xv, "rest order", list(r))

# A dict subclass still matches; rest is a plain dict.
class Config(dict):
    pass

cfg = Config(host="h", port=80, tls=True)
match cfg:
    case {"host": h, "port": p, **opts}:
        print(h, p, opts, type(opts).__name__)

# Mapping subclass: the pattern looks keys up via get().
class Loud(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)

loud = Loud(a=1, b=2, c=3)
match loud:
    case {"a": 1, "b": bv, **tail}:
        print("loud matched", bv, tail)
match loud:
    case {"a": 1, "q": qv}:
        print("q?!", qv)
    case {"c": 3}:
        print("loud matched c only")

# Nested mappings with rest at two levels.
doc = {"meta": {"v": 2, "author": "x", "tags": ["a"]}, "body": "text", "id": 7}
match doc:
    case {"meta": {"v": 2, **meta_rest}, **doc_rest}:
        print("meta_rest", meta_rest)
        print("doc_rest", doc_rest)
