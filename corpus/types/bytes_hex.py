# hex() with separators and fromhex().
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(" ", 3), b.hex(b"_"), b.hex(sep="."))
print(b"".hex(), b"".hex(":"), b"\x01".hex(":", 5), b.hex(":", 0), bytearray(b"\xde\xad").hex("|"))
print(bytes.fromhex("deadbeef"), bytes.fromhex(" de ad\tbe\nef "), bytes.fromhex(""), bytearray.fromhex("4142"))
print(type(bytearray.fromhex("00")), bytes.fromhex("ABcd"))
for call in [lambda: b.hex("::"), lambda: b.hex(""), lambda: b.hex(1), lambda: b.hex(None), lambda: b.hex("é"),
             lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("abc"),
             lambda: bytes.fromhex(b"ab"), lambda: bytes.fromhex("0 1"), lambda: bytes.fromhex("é0"),
             lambda: b.hex(":", 10**20)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
print(type(B.fromhex("41")), B.fromhex("41"))
