# The shared bytes methods on bytearray return bytearray.
b = bytearray(b"  Hello, World  ")
results = [b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"), b.center(20, b"*"),
           b.partition(b","), b.title(), b.swapcase(), b.zfill(20), b.expandtabs(), b.removeprefix(b"  ")]
for r in results:
    print(repr(r))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b"  "), b.isascii(), b.hex(" ", 4))
print(bytearray(b"a,b").join([b"1", b"2"]), bytearray(b"abc").translate(None, b"b"), bytearray(b"x y").rsplit())
print(bytearray(b"ab\ncd").splitlines(), bytearray(b"abc").decode(), bytearray(b"caf\xc3\xa9").decode("utf-8"))
print(bytearray(b"abc") in [b"abc"], b"abc" in [bytearray(b"abc")], bytearray(b"b") in bytearray(b"abc"))
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
