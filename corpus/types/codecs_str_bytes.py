# str(bytes, encoding, errors) and round trips through every codec.
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "ascii", "ignore"))
print(str(b"x", encoding="latin-1"), str(b"\xe9", errors="replace"), str(object=b"obj"))
print(str(bytearray(b"ba"), "ascii"), str(memoryview(b"mv"), "utf-8"), repr(str(b"", "utf-16")))
for call in [lambda: str(1, "ascii"), lambda: str("a", "ascii"), lambda: str(b"a", 1), lambda: str(b"a", "ascii", 1),
             lambda: str(b"a", x=1), lambda: str(b"a", "b", "c", "d")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
text = "Grüße, 世界! 😀"
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = text.encode(codec)
    print(codec, len(data), data.decode(codec) == text, bytearray(data).decode(codec) == text)
print(text.encode("ascii", "backslashreplace"), text.encode("latin-1", "xmlcharrefreplace"))
print(text.encode("ascii", "replace").decode("ascii"), text.encode("cp1252", "ignore"))
