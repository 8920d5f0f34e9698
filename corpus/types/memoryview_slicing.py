# Slices of views share memory; steps give non-contiguous views.
data = bytearray(b"0123456789")
m = memoryview(data)
s = m[2:6]
print(s.tobytes(), len(s), s.shape, s.strides, s.contiguous, s.obj is data)
t = m[::3]
print(t.tobytes(), t.tolist(), t.shape, t.strides, t.c_contiguous, t.contiguous)
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1])
u = m[8:2:-2]
print(u.tolist(), bytes(u), u.hex())
print(m[5:5].tobytes(), m[20:].tobytes(), len(m[20:]))
s[0] = ord("A")
print(data)
t[1] = ord("B")
print(data)
data[9] = ord("Z")
print(r[0], bytes(t))
print(m[1:4] == b"123", m[::2] == b"02468", bytes(m[::2]))
print(b"".join([m[0:1], m[9:10]]))
