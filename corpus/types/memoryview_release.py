# release(), the context manager, and errors on released views.
b = bytearray(b"data")
m = memoryview(b)
print(repr(m).startswith("<memory"))
m.release()
m.release()
print(repr(m).startswith("<released memory at 0x"))
for op in ["m[0]", "len(m)", "m.tolist()", "m.tobytes()", "m.hex()", "m.format", "m.nbytes", "m.readonly",
           "m.cast('B')", "bytes(m)", "list(m)", "m[0:1]", "m.obj", "m.shape", "m.toreadonly()", "b'x' + m"]:
    try:
        print(op, eval(op))
    except ValueError as e:
        print(op, "ValueError", e)
    except TypeError as e:
        print(op, "TypeError", e)
with memoryview(b) as v:
    print(v.tobytes(), v.readonly)
print(repr(v).startswith("<released"))
try:
    with v:
        pass
except ValueError as e:
    print("ValueError", e)
print(m == m, m == b"data", m != m)
x = memoryview(b"abc")
print(x.__enter__() is x, x.__exit__(None, None, None), repr(x)[:9])
