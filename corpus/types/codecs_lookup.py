# Encoding-name normalisation and unknown encodings.
for name in ["utf-8", "UTF-8", "utf8", "UTF8", "u8", "utf", "utf_8", " utf-8 ", "Utf 8", "utf--8", "cp65001",
             "latin_1", "LATIN-1", "ascii", "ASCII", "utf_16_le", "UTF-16LE", "utf-32be"]:
    print(repr(name), "é".encode(name, "replace"))
for name in ["nope", "utf-9", "", "utf 8 x", "mbcs"]:
    for call in [lambda: "a".encode(name), lambda: b"a".decode(name), lambda: bytes("a", name), lambda: str(b"a", name)]:
        try:
            call()
        except LookupError as e:
            print("LookupError", e)
for call in [lambda: "a".encode(1), lambda: "a".encode("ascii", 1), lambda: b"a".decode(None),
             lambda: "a".encode(encoding="ascii", errors="strict", x=1), lambda: "a".encode("a", "b", "c")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print("kw".encode(encoding="ascii"), b"kw".decode(errors="strict"), "x".encode(errors="ignore"))
