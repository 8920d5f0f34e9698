# The standard error handlers for encoding and decoding.
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
text = "aé€😀\udcff"
for codec in ["ascii", "latin-1", "utf-8", "cp1252"]:
    for h in handlers:
        try:
            print(codec, h, text.encode(codec, h))
        except UnicodeEncodeError as e:
            print(codec, h, "UnicodeEncodeError", e)
data = b"a\xff\x80b\xc3"
for codec in ["ascii", "utf-8", "cp1252"]:
    for h in handlers:
        try:
            print(codec, h, ascii(data.decode(codec, h)))
        except UnicodeDecodeError as e:
            print(codec, h, "UnicodeDecodeError", e)
        except TypeError as e:
            print(codec, h, "TypeError", e)
for call in [lambda: "é".encode("ascii", "bogus"), lambda: b"\xff".decode("ascii", "bogus"),
             lambda: "a".encode("ascii", "bogus"), lambda: b"a".decode("ascii", "bogus")]:
    try:
        print(call())
    except LookupError as e:
        print("LookupError", e)
