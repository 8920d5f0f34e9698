# bytes() in every form, with CPython's errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("empty", lambda: bytes())
show("int", lambda: bytes(4))
show("zero", lambda: bytes(0))
show("list", lambda: bytes([0, 65, 255]))
show("tuple", lambda: bytes((104, 105)))
show("range", lambda: bytes(range(65, 70)))
show("gen", lambda: bytes(x * 2 for x in range(5)))
show("str enc", lambda: bytes("héllo", "utf-8"))
show("str enc kw", lambda: bytes("abc", encoding="ascii"))
show("str enc errors", lambda: bytes("héllo", "ascii", "replace"))
show("bytes", lambda: bytes(b"copy"))
show("bytearray", lambda: bytes(bytearray(b"ba")))
show("memoryview", lambda: bytes(memoryview(b"mv")))
show("range error", lambda: bytes([256]))
show("negative item", lambda: bytes([-1]))
show("str item", lambda: bytes(["a"]))
show("float", lambda: bytes(1.5))
show("none", lambda: bytes(None))
show("negative", lambda: bytes(-1))
show("str no enc", lambda: bytes("abc"))
show("enc no str", lambda: bytes(1, "utf-8"))
show("errors no str", lambda: bytes(1, errors="strict"))
show("str errors only", lambda: bytes("a", errors="strict"))
show("enc type", lambda: bytes("a", 1))
show("bad kw", lambda: bytes(x=1))
show("too many", lambda: bytes("a", "b", "c", "d"))
show("unknown enc", lambda: bytes("a", "nope"))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return 42

class Idx:
    def __index__(self):
        return 3

show("__bytes__", lambda: bytes(WithBytes()))
show("bad __bytes__", lambda: bytes(BadBytes()))
show("__index__", lambda: bytes(Idx()))
show("index items", lambda: bytes([Idx(), Idx()]))
print(type(bytes()), bytes is type(b""))
print(bytes.__name__, isinstance(b"", bytes))
