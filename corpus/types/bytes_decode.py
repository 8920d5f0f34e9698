# bytes.decode / bytearray.decode signatures and defaults.
b = "naïve café".encode()
print(b.decode(), b.decode("utf-8"), b.decode(encoding="utf-8"), b.decode("latin-1"), b.decode("ascii", "replace"))
print(b.decode("ascii", errors="ignore"), b.decode(errors="strict"), bytearray(b).decode())
print(b"".decode(), b"\x00".decode(), repr(b"\t\n".decode("ascii")))
for call in [lambda: b.decode("ascii"), lambda: b.decode(1), lambda: b.decode("utf-8", 1), lambda: b.decode(None),
             lambda: b.decode("utf-8", "strict", 1), lambda: b.decode(x=1), lambda: b.decode("bogus"),
             lambda: b"\xff".decode("utf-8", "bogus")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytearray(b"ab\xffcd").decode("utf-8")
except UnicodeDecodeError as e:
    print(e, type(e.object).__name__, e.object)
