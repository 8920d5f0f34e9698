# A bytearray with a live memoryview cannot change size.
b = bytearray(b"abcd")
m = memoryview(b)
for op in ["b.append(1)", "b.extend(b'x')", "b.pop()", "b.clear()", "del b[0]", "b[0:1] = b''", "b += b'x'",
           "b.insert(0, 1)", "b.remove(97)", "b *= 2"]:
    try:
        exec(op)
        print(op, "ok", b)
    except BufferError as e:
        print(op, "BufferError", e)
b[0] = 65
b[1:3] = b"XY"
b.reverse()
print(b, m.tobytes())
m.release()
b.append(33)
print(b)
with memoryview(b) as m2:
    try:
        b.extend(b"??")
    except BufferError as e:
        print("BufferError", e)
b.extend(b"ok")
print(b)
m3 = memoryview(b)
s = m3[1:3]
m3.release()
try:
    b.append(1)
except BufferError as e:
    print("still exported:", e)
s.release()
b.append(1)
print(b)
