# strip family, removeprefix/removesuffix.
b = b"  \t xx hello xx \n "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(None))
print(b"xxhixx".strip(b"x"), b"xyhiyx".strip(b"xy"), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(bytearray(b"x")))
print(b"".strip(), b"aaa".strip(b"a"), b"abc".strip(b""), b"\x00a\x00".strip(b"\x00"))
print(b"prefix-rest".removeprefix(b"prefix-"), b"rest".removeprefix(b"x"), b"file.txt".removesuffix(b".txt"))
print(b"abc".removesuffix(b""), b"abc".removeprefix(b""), bytearray(b"abc").removeprefix(b"a"))
print(type(bytearray(b"  x ").strip()), bytearray(b"  x ").strip())
for call in [lambda: b.strip("x"), lambda: b.lstrip(1), lambda: b.removeprefix("a"), lambda: b.strip(b"a", b"b"),
             lambda: b.removesuffix()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
