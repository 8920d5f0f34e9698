# memoryview over bytes and bytearray: attributes, len, indexing, tolist.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tolist(), m.tobytes(), bytes(m))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.obj)
w = memoryview(bytearray(b"xyz"))
print(w.readonly, w.obj, w.tolist())
print(list(m), [x for x in memoryview(b"\x00\xff")])
print(memoryview(m).tobytes(), memoryview(m).obj is m.obj)
for arg in ["str", 1, None, [1, 2]]:
    try:
        memoryview(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    memoryview()
except TypeError as e:
    print("TypeError", e)
print(memoryview(object=b"kw").tobytes())
for key in [6, -7, 1.5, "a"]:
    try:
        print(m[key])
    except Exception as e:
        print(type(e).__name__, e)
print(type(m).__name__, repr(m).startswith("<memory at 0x"))
print(m.hex(), m.hex(":"), m.hex("-", 2))
print(m.toreadonly().readonly, w.toreadonly().readonly, w.readonly)
