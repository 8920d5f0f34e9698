# Concatenation, repetition, membership, comparison, hashing.
a, b = b"abc", b"de"
print(a + b, a + bytearray(b"x"), a + memoryview(b"mv"), bytearray(b"q") + a)
print(a * 3, 2 * b, a * 0, a * -1, bytearray(b"ab") * 2)
for expr in ["a + 'x'", "'x' + a", "a + 1", "1 + a", "a * 1.5", "a * 'x'", "bytearray(b'x') + 'y'", "a - b"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
print(b"b" in a, b"bc" in a, b"" in a, 97 in a, 100 in a, bytearray(b"ab") in a, memoryview(b"c") in a)
for item in ["a", 256, -1, 1.5]:
    try:
        print(item in a)
    except Exception as e:
        print(type(e).__name__, e)
print(a == b"abc", a != b"abc", a < b, a <= a, b > a, a >= b"abd")
print(a == bytearray(b"abc"), bytearray(b"abc") == a, a == "abc", a == memoryview(b"abc"))
print(bytearray(b"a") < b"b", b"a" < bytearray(b"b"))
try:
    print(a < "abc")
except TypeError as e:
    print("TypeError", e)
print(hash(a) == hash(b"abc"), hash(b"") == hash(b""), {a: 1}[b"abc"])
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
print(bool(b""), bool(b"\x00"), not bytearray())
