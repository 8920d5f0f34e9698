# repr and str of bytes: quote choice and escapes.
samples = [
    b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff",
    b"\t\n\r", b"\\", b"\x0b\x0c", bytes(range(32, 127)), b"caf\xc3\xa9",
]
for s in samples:
    print(repr(s))
    print(str(s))
print(repr(bytearray(b"it's")), repr(bytearray(b"a'b\"c")))
print(repr(bytearray(b"x'y")))
print(bytearray(b"\x00\xff"), bytearray())
print(f"{b'fmt'}", "%s" % b"pct", "%r" % (b"r",))
print([b"in", b"list"], (b"t",), {b"k": b"v"})
print(ascii(b"\xff"), format(b"ab"))
