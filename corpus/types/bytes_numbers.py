# int() and float() accept bytes-like objects.
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int(memoryview(b"5")), int(b"1_0"), int(b" -0x1f ", 0))
print(float(b"1.5"), float(bytearray(b" 2.5 ")), float(b"inf"), float(memoryview(b"-3e2")))
for call in [lambda: int(b"x"), lambda: int(b"x", 16), lambda: float(b"x"), lambda: int(b""), lambda: int(b"1.5"),
             lambda: float(b""), lambda: int(bytearray(b"z"), 36)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError", e)
