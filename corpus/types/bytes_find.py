# find, rfind, index, rindex, count with start/end and int needles.
b = b"hello world, hello bytes"
print(b.find(b"hello"), b.find(b"hello", 1), b.find(b"hello", 1, 10), b.find(b"zz"))
print(b.rfind(b"hello"), b.rfind(b"o"), b.rfind(b"o", 0, 5), b.rfind(b""))
print(b.find(111), b.rfind(111), b.count(111), b.find(b""), b.find(b"", 100))
print(b.index(b"world"), b.rindex(b"l"), b.count(b"l"), b.count(b"l", 5), b.count(b""), b.count(b"ll", 0, 4))
print(b.find(bytearray(b"by")), b.find(memoryview(b"by")), b.find(b"o", -5), b.find(b"o", None, None))
print(b.find(b"h", -100, 100), b.count(b"hello", -10))
for call in [lambda: b.index(b"zz"), lambda: b.rindex(b"zz"), lambda: b.find("h"), lambda: b.find(256),
             lambda: b.find(), lambda: b.find(b"h", "x"), lambda: b.find(b"h", 1, 2, 3),
             lambda: b.find(sub=b"h"), lambda: b.count(1.5), lambda: b.index(-1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 6
print(b.find(b"o", I()), b.find(I()))
ba = bytearray(b"abcabc")
print(ba.find(b"c"), ba.rfind(b"c"), ba.count(b"abc"), ba.index(98))
