# str, bytes and bytearray never match sequence patterns; dicts and sets neither.
def seq(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [a, *rest]:
            return f"head {a!r} rest {rest!r}"
        case []:
            return "empty sequence"
        case _:
            return "not matched"


for v in ["ab", b"ab", bytearray(b"ab"), "", b"", "abc", {"a": 1, "b": 2},
          {7}, frozenset([7]), ["a", "b"], ("a", "b", "c"), [], ()]:
    print(type(v).__name__, repr(v), "->", seq(v))

# But str matches str() class patterns and literal patterns.
for v in ["ab", b"ab", ["a", "b"]]:
    match v:
        case str() as s:
            print("a string", s)
        case bytes() as b:
            print("bytes", b)
        case [*items]:
            print("a sequence", items)

# memoryview is a sequence.
mv = memoryview(b"xy")
match mv:
    case [a, b]:
        print("memoryview items", a, b)
    case _:
        print("memoryview no")

# A list of strings: inner strings still do not unpack.
match ["hi", "yo"]:
    case [[h, i], _]:
        print("unpacked string?!", h, i)
    case [str(first), str(second)]:
        print("two strings", first, second)

# Subclasses of str are still not sequences.
class MyStr(str):
    pass

match MyStr("zz"):
    case [a, b]:
        print("MyStr pair?!")
    case MyStr():
        print("MyStr instance", MyStr("zz").upper())

class MyList(list):
    pass

match MyList([1, 2, 3]):
    case [a, *b]:
        print("MyList is a sequence", a, b)
