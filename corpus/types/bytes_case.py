# ASCII-only case methods and is* predicates.
samples = [b"Hello World", b"hello", b"HELLO", b"Hello world", b"123", b"abc123", b"", b" \t\n",
           b"caf\xc3\xa9", b"\xe9t\xe9", b"Title Case Here", b"aBC", b"a1b2", b"12ab"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
    print("  ", s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title())
print(b"they're bill's friends".title(), b"hELLO wORLD".capitalize(), b"\xe9A".lower())
print(bytearray(b"MiXeD").lower(), type(bytearray(b"a").upper()))
try:
    b"a".lower(1)
except TypeError as e:
    print("TypeError", e)
