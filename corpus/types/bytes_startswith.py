# startswith / endswith: tuples, start/end, errors.
b = b"prefix-body-suffix"
print(b.startswith(b"pre"), b.startswith(b"body"), b.startswith(b"body", 7), b.startswith(b"body", 7, 9))
print(b.endswith(b"fix"), b.endswith(b"body", 0, 11), b.endswith((b"x", b"y")), b.startswith((b"a", b"p")))
print(b.startswith(b""), b.endswith(b"", 100), b.startswith(b"", 100), b.startswith(bytearray(b"pr")))
print(b.startswith(memoryview(b"pre")), b.endswith(b"suffix", -6), b.startswith(b"p", -100))
print(b.startswith(()), bytearray(b"abc").endswith(b"bc"))
for call in [lambda: b.startswith("pre"), lambda: b.endswith(1), lambda: b.startswith(("a", b"b")),
             lambda: b.startswith(), lambda: b.endswith(b"x", 1.5), lambda: b.startswith(b"x", 1, 2, 3),
             lambda: b.startswith([b"p"])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
