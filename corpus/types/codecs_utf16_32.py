# UTF-16 and UTF-32 with and without BOM, and their decoding errors.
s = "A€😀"
for codec in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf_16", "UTF16", "utf-32LE"]:
    e = s.encode(codec)
    print(codec, e, e.decode(codec) == s)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"), b"A\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"A\x00\x00\x00".decode("utf-32"))
print("".encode("utf-16"), "".encode("utf-32"), b"".decode("utf-16"), b"\xff\xfe".decode("utf-16"))
bad16 = [b"\x00", b"A\x00B", b"\x00\xd8", b"\x00\xdc", b"\x00\xd8A\x00", b"\x00\xd8\x00", b"\xff\xfe\x00"]
for b in bad16:
    try:
        b.decode("utf-16-le" if not b.startswith(b"\xff\xfe") else "utf-16")
    except UnicodeDecodeError as e:
        print(b, e)
bad32 = [b"\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"A\x00\x00\x00B"]
for b in bad32:
    try:
        b.decode("utf-32-le")
    except UnicodeDecodeError as e:
        print(b, e)
for codec in ["utf-16", "utf-32", "utf-16-be"]:
    try:
        "\ud800".encode(codec)
    except UnicodeEncodeError as e:
        print(codec, e)
print(b"\x00\xd8A\x00".decode("utf-16-le", "replace"), b"\x00\xd8A\x00".decode("utf-16-le", "ignore"))
print(ascii(b"\x00\x00\x11\x00A\x00\x00\x00".decode("utf-32-le", "backslashreplace")))
