# maketrans and translate (with delete=).
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], type(table))
print(b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abc".translate(None, b"b"))
print(b"hello".translate(None), b"hello".translate(table, delete=b"l"), bytearray(b"abc").translate(table))
print(bytearray.maketrans(b"a", b"b")[97], b"abc".translate(bytearray(table)))
for call in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: bytes.maketrans(b"a"),
             lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(None, "a"), lambda: b"a".translate(),
             lambda: b"a".translate(table, b"x", b"y")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, World!".translate(rot13))
