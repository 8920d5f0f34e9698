# == between views and bytes-like objects; hash of read-only views.
a = memoryview(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a == memoryview(b"abc"), a != b"abd")
print(a == "abc", a == 97, a == [97, 98, 99], a == a)
print(memoryview(b"ab").cast("H") == b"ab", memoryview(b"ab").cast("H") == memoryview(b"ab").cast("H"))
print(memoryview(b"abcd")[::2] == b"ac", memoryview(b"\x01").cast("b") == memoryview(b"\x01"))
for op in ["a < b'b'", "a <= a", "a > 1"]:
    try:
        print(eval(op))
    except TypeError as e:
        print("TypeError", e)
print(hash(a) == hash(b"abc"), hash(memoryview(b"x").cast("c")) == hash(b"x"))
print({a: 1}[memoryview(b"abc")] if hash(a) == hash(memoryview(b"abc")) else None)
for v in [memoryview(bytearray(b"x")), memoryview(b"abcd").cast("H")]:
    try:
        hash(v)
    except ValueError as e:
        print("ValueError", e)
try:
    hash(memoryview(bytearray(b"ro")).toreadonly())
except TypeError as e:
    print("TypeError", e)
