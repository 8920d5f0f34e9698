# Indexing gives ints; slicing gives bytes, any step.
b = b"abcdefghij"
print(b[0], b[-1], b[3], type(b[0]))
print(b[2:5], b[:3], b[7:], b[-3:], b[::2], b[1::3], b[::-1], b[8:2:-2], b[5:5], b[20:])
print(b[-100:100])
for key in [10, -11, 10**30, 1.5, "a", None]:
    try:
        print(b[key])
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(b[I()])
print(b[slice(1, None, 4)])
print(len(b), len(b""))
ba = bytearray(b)
print(ba[0], ba[-1], ba[2:5], ba[::-1], type(ba[1:3]))
for key in [10, -11, 1.5]:
    try:
        print(ba[key])
    except Exception as e:
        print(type(e).__name__, e)
print(list(b[:4]), list(reversed(b"xyz")))
print(b"abc"[1:2] == b"b", b"abc"[1] == 98)
