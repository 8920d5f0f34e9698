# surrogateescape and surrogatepass round-trip arbitrary bytes and lone surrogates.
raw = bytes(range(120, 256, 7))
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), len(s))
print(s.encode("utf-8", "surrogateescape") == raw)
print(ascii(b"abc\xff".decode("ascii", "surrogateescape")), "abc\udcff".encode("ascii", "surrogateescape"))
print("x\udcffy".encode("latin-1", "surrogateescape"))
try:
    "\udc41".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "ab\udcff\ud800".encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end)
try:
    b"a\x00\x7f".decode("ascii", "strict")
    b"\x41\xff".decode("utf-8", "surrogateescape")
    b"\xe9\x41".decode("ascii", "surrogateescape")
    print("ok")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
lone = "\ud800\udfff\udc00"
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    enc = lone.encode(codec, "surrogatepass")
    print(codec, enc, ascii(enc.decode(codec, "surrogatepass")))
try:
    "\ud800".encode("latin-1", "surrogatepass")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xed\xa0".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(ascii(b"\xed\xb2\x80".decode("utf-8", "surrogatepass")))
