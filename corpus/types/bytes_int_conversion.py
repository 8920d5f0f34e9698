# int.to_bytes / int.from_bytes with 3.11 defaults and errors.
print((1024).to_bytes(2), (1024).to_bytes(2, "little"), (255).to_bytes(), (0).to_bytes(0), True.to_bytes())
print((-1).to_bytes(signed=True), (-128).to_bytes(1, "big", signed=True), (-129).to_bytes(2, signed=True))
print((10**30).to_bytes(13), (-10**30).to_bytes(13, signed=True), (2**64 - 1).to_bytes(8, "little"))
print((1).to_bytes(length=2, byteorder="little"), (65).to_bytes(3, byteorder="big"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", signed=True))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x02")))
print(int.from_bytes(b"\xff" * 13), int.from_bytes(b"\xff" * 13, signed=True), int.from_bytes(b"\x80" + b"\x00" * 15, signed=True))
print(int.from_bytes(memoryview(b"\x00\x10")), int.from_bytes(bytes=b"\x02"), int.from_bytes((1, 0), "little"))
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 12345678901234567890]:
    for signed in (False, True):
        try:
            b = n.to_bytes(9, "big", signed=signed)
            print(n, signed, b.hex(), int.from_bytes(b, "big", signed=signed) == n)
        except OverflowError as e:
            print(n, signed, "OverflowError", e)
for call in [lambda: (1024).to_bytes(), lambda: (-1).to_bytes(), lambda: (128).to_bytes(1, signed=True),
             lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1, 1),
             lambda: (1).to_bytes(1, "big", True), lambda: int.from_bytes("ab"), lambda: int.from_bytes(1),
             lambda: int.from_bytes(b"a", "x"), lambda: int.from_bytes(), lambda: (1).to_bytes("2"),
             lambda: int.from_bytes([256])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    pass
print(type(I.from_bytes(b"\x01")), I.from_bytes(b"\x01"))
class WithBytes:
    def __bytes__(self):
        return b"\x01\x01"
print(int.from_bytes(WithBytes()))
