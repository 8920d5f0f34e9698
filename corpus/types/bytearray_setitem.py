# Item and slice assignment, del, with CPython's range and size errors.
b = bytearray(b"abcdefgh")
b[0] = 65
b[-1] = 72
print(b)
for key, value in [(0, 256), (0, -1), (0, "a"), (0, 1.5), (20, 1), (-20, 1), ("x", 1)]:
    try:
        b[key] = value
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b[1:3] = b"XYZ"
print(b)
b[1:4] = b""
print(b)
b[0:0] = [49, 50]
print(b)
b[::2] = b"abcd"
print(b)
b[2:2] = bytearray(b"--")
print(b)
b[-2:] = memoryview(b"!!")
print(b)
b[1:1] = b
print(b)
for value in [5, "ab", [256], None, 1.5, [1.5]]:
    try:
        b[0:2] = value
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
b[::-1] = bytes(len(b))
print(b)
b = bytearray(b"0123456789")
del b[0]
print(b)
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[10:]
print(b)
try:
    del b[50]
except IndexError as e:
    print("IndexError", e)
try:
    del b["a"]
except TypeError as e:
    print("TypeError", e)
