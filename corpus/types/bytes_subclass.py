# Subclasses of bytes and bytearray keep attributes; methods return the base type.
class Tagged(bytes):
    tag = "t"
    def shout(self):
        return self.upper()

t = Tagged(b"hello")
t.extra = 5
print(t, type(t).__name__, t.tag, t.extra, t.shout(), type(t.shout()).__name__)
print(t == b"hello", hash(t) == hash(b"hello"), len(t), t[0], t[1:3], type(t[1:3]).__name__)
print(type(t + b"!").__name__, type(t * 2).__name__, isinstance(t, bytes), bytes(t), type(bytes(t)).__name__)
print(Tagged(3), Tagged([65, 66]), Tagged("x", "ascii"), repr(Tagged(b"r")))

class Buf(bytearray):
    def total(self):
        return sum(self)

b = Buf(b"\x01\x02")
b.append(3)
b.name = "buf"
print(b, b.total(), b.name, type(b).__name__, type(b.copy()).__name__, type(b[:1]).__name__)
print(Buf(iter([5, 6])), Buf(2), Buf("é", "utf-8"), repr(Buf(b"q")))
b += b"\x04"
print(b, type(b).__name__)

class WithNew(bytes):
    def __new__(cls, value):
        return super().__new__(cls, value * 2)
print(WithNew(b"ab"), type(WithNew(b"x")).__name__)

class Init(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.made = True
i = Init(b"xy")
print(i, i.made)
print(memoryview(t).tobytes(), memoryview(b).obj is b)
