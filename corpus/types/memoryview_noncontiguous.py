# Non-contiguous views: which operations copy them and which refuse (PyBUF_SIMPLE).
m = memoryview(b'abcd')[::2]
tests = ["bytes(m)", "bytearray(m)", "b'x' + m", "bytearray(b'x') + m", "b'abc'.find(m)", "m in b'ac'", "b'x'.join([m])",
 "b'ac' == m", "bytearray(b'ac') == m", "bytearray(b'ab').extend(m)", "ba.__setitem__(slice(0,2), m)", "int.from_bytes(m)",
 "m.tobytes()", "b'ac'.startswith(m)", "m.hex()", "str(m, 'ascii')", "b'ac'.decode() == m", "b'a'.strip(m)", "memoryview(m).tobytes()",
 "int(m)", "hash(m) == hash(b'ac')", "bytes.fromhex('00') + m", "b'abc'.replace(m, b'')", "b'x'.split(m)"]
ba = bytearray(b'zz')
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '=>', type(e).__name__, e)
