# cast() to the native struct formats and back, with shapes.
raw = bytearray(range(16))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "N", "n", "?", "@B", "@H"]:
    v = m.cast(fmt)
    print(fmt, v.format, v.itemsize, len(v), v.nbytes, v.shape, v.strides, v.tolist()[:3])
print(memoryview(b"\xff\xff").cast("h").tolist(), memoryview(b"\xff\xff").cast("H").tolist())
print(memoryview(b"\x00\x00\x80\x3f\x00\x00\x00\x40").cast("f").tolist())
print(memoryview(b"\x00" * 6 + b"\xf0\x3f").cast("d").tolist())
grid = m.cast("B", [4, 4])
print(grid.shape, grid.strides, grid.ndim, grid.tolist())
print(m.cast("H", (2, 4)).tolist(), m.cast("B", shape=[16]).shape)
back = m.cast("I").cast("B")
print(back.format, back.tolist() == list(range(16)))
h = m.cast("H")
h[0] = 0xFFFF
print(raw[:4])
for call in [lambda: m.cast("x"), lambda: m.cast("HH"), lambda: memoryview(b"abc").cast("H"),
             lambda: h.cast("I"), lambda: m[::2].cast("B"), lambda: m.cast("B", [3]), lambda: m.cast("B", [0, 16]),
             lambda: m.cast(1), lambda: m.cast("B", 16), lambda: grid[0], lambda: len(m.cast("B", [2, 8])),
             lambda: h.__setitem__(0, 65536), lambda: h.__setitem__(0, -1), lambda: h.__setitem__(0, 1.5),
             lambda: m.cast("b").__setitem__(0, 200)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
