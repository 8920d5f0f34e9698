# UTF-8 encode/decode and its decoding errors, exactly as CPython reports them.
for s in ["", "ascii", "héllo", "€uro", "😀 emoji", "\u0000nul", "mixed ñ ü 中文"]:
    e = s.encode()
    print(repr(s), e, e.decode() == s, len(e), s.encode("utf-8") == s.encode("utf8"))
bad = [b"\xff", b"\x80", b"abc\xc3", b"\xe2\x82", b"\xe2\x82a", b"\xf0\x90\x80", b"\xed\xa0\x80", b"\xc0\x80",
       b"\xf4\x90\x80\x80", b"\xf5", b"\xe0\x80\x80", b"a\xffb\xfe", b"\xf0\x90\x80a", b"\xf0\x90a"]
for b in bad:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(b, "->", e)
        print("  ", e.encoding, e.object, e.start, e.end, e.reason)
for s in ["\ud800", "a\udc80b", "\ud800\udc00x"]:
    try:
        s.encode()
    except UnicodeEncodeError as e:
        print(ascii(s), "->", e, e.start, e.end)
