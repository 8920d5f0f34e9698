# latin-1 and ascii: every byte, error ranges and aliases.
all_bytes = bytes(range(256))
s = all_bytes.decode("latin-1")
print(len(s), s.encode("latin-1") == all_bytes, ascii(s[120:140]))
print(all_bytes[:128].decode("ascii") == s[:128])
for name in ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "L1", "latin", "cp819", "ISO_8859-1", "8859", "iso_ir_100"]:
    print(name, "é".encode(name))
for name in ["ascii", "us-ascii", "US_ASCII", "646", "ANSI_X3.4-1968", "us"]:
    print(name, "abc".encode(name))
for t in ["é€", "aé", "a€bc€", "€é"]:
    for codec in ["ascii", "latin-1"]:
        try:
            t.encode(codec)
        except UnicodeEncodeError as e:
            print(codec, e, e.start, e.end)
try:
    b"ab\x80\x81cd".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
print(b"ab\x80\x81cd".decode("ascii", "replace"), b"ab\x80\x81cd".decode("ascii", "ignore"))
print("a\xe9\u20ac".encode("latin-1", "replace"), "a\xe9\u20ac".encode("ascii", "xmlcharrefreplace"))
