# Writing through a view of a bytearray; read-only views refuse.
b = bytearray(b"abcdef")
m = memoryview(b)
m[0] = 65
m[-1] = 70
m[1:3] = b"BC"
m[3:5] = bytearray(b"DE")
print(b)
m[0:2] = memoryview(b"zz")
print(b)
for key, value in [(0, 256), (0, -1), (0, "a"), (0, 1.5), (9, 1), (0, b"x")]:
    try:
        m[key] = value
    except Exception as e:
        print(type(e).__name__, e)
for value in [b"x", b"xyz", "ab"]:
    try:
        m[0:2] = value
    except Exception as e:
        print(type(e).__name__, e)
try:
    m["a"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del m[0]
except TypeError as e:
    print("TypeError", e)
ro = memoryview(b"abc")
for op in ["ro[0] = 1", "ro[0:1] = b'x'", "del ro[0]"]:
    try:
        exec(op)
    except TypeError as e:
        print(op, "TypeError", e)
r2 = m.toreadonly()
try:
    r2[0] = 1
except TypeError as e:
    print("TypeError", e)
print(b, r2.tobytes())
