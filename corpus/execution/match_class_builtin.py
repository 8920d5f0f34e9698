# Builtin types in class patterns: one positional sub-pattern matches the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str {s!r} of length {len(s)}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": kv}):
            return f"dict with k={kv}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case bytearray(ba):
            return f"bytearray {ba!r}"
        case None:
            return "None"
        case _:
            return "other " + type(v).__name__


values = [True, False, 0, 7, -3, 1.5, "", "abc", b"xy", [9, 8], [], (1, 2, 3),
          {"k": 1}, {"a": 1, "b": 2}, frozenset([5]), {3}, bytearray(b"q"),
          None, 2j, range(3)]
for v in values:
    print(repr(v), "->", kind(v))

# bool is a subclass of int: int() matches True, but bool() does not match 1.
for v in [True, 1]:
    match v:
        case int(n):
            print(repr(v), "matches int() with", repr(n))
    match v:
        case bool():
            print(repr(v), "matches bool()")
        case _:
            print(repr(v), "does not match bool()")

# Subclasses of builtins also self-match.
class Meters(float):
    pass

class Tag(str):
    pass

match Meters(2.5):
    case float(m):
        print("Meters as float", m, type(m).__name__)

match Tag("hot"):
    case str(t):
        print("Tag as str", t, type(t).__name__)

# Keyword patterns work on builtins too.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match 10:
    case int(real=r, imag=0, numerator=n):
        print("int parts", r, n)
