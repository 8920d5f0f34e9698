# Iteration, reversed, and unpacking of views.
m = memoryview(b"\x01\x02\x03")
it = iter(m)
print(type(it).__name__, next(it), list(it), list(it))
print(list(reversed(m)), sum(m), max(m), sorted(m, reverse=True), tuple(m))
a, b, c = m
print(a, b, c)
print([x * 2 for x in memoryview(bytearray(b"\x05\x06"))], list(memoryview(b"abcd").cast("H")))
print(list(memoryview(b"xy").cast("c")), 2 in m, 9 in m)
print(list(enumerate(memoryview(b"ab"))), dict(zip(m, "abc")))
try:
    iter(memoryview(b"abcd").cast("B", [2, 2]))
except NotImplementedError as e:
    print("NotImplementedError", e)
