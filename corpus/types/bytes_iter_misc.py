# Iteration, unpacking and builtins over bytes.
b = b"\x00\x10\xff"
it = iter(b)
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(b), tuple(b), set(b"aab") == {97, 98}, dict.fromkeys(b"ab"))
x, y, z = b
print(x, y, z)
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")), list(map(hex, b"\x0a\x0b")))
print(sorted(b"bca"), bytes(sorted(b"bca")), bytes(reversed(b"abc")), any(b"\x00"), all(b"\x01\x02"))
ba = bytearray(b"ab")
bi = iter(ba)
print(type(bi).__name__, next(bi))
ba.append(99)
print(list(bi))
print(b"abc".__len__(), b"abc".__getitem__(1), b"abc".__contains__(98), b"ab".__add__(b"c"), b"ab".__mul__(2))
print(b"ab".__rmul__(2), b"a".__eq__(b"a"), b"a".__lt__(b"b"), b"a".__eq__("a"), b"ab".__getnewargs__(), b"ab".__bytes__())
print(bytes.__add__(b"x", b"y"), bytearray.__add__(bytearray(b"x"), b"y"))
