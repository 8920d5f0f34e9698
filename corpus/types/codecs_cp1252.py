# cp1252 (windows-1252): the 0x80-0x9f block and its undefined bytes.
high = bytes(range(0x80, 0xA0))
print(ascii(high.decode("cp1252", "replace")))
print(ascii(high.decode("windows-1252", "ignore")))
for b in [b"\x81", b"a\x8db", b"\x8f\x90"]:
    try:
        b.decode("cp1252")
    except UnicodeDecodeError as e:
        print(b, e)
print("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".encode("cp1252"))
print("café".encode("cp1252"), b"caf\xe9 \x80".decode("cp1252"))
for t in ["\x81", "Ā", "a\u0100\u0101b"]:
    try:
        t.encode("cp1252")
    except UnicodeEncodeError as e:
        print(ascii(t), e, e.start, e.end)
print("aĀ".encode("cp1252", "replace"), "aĀ".encode("cp1252", "backslashreplace"))
print("x".encode("1252"), "x".encode("Windows_1252"))
