# int(x, base): every base, prefixes and underscores, CPython's messages.
texts = [("0x1f", 16), ("0x1f", 0), ("1f", 16), ("0b_101", 0), ("0_0", 0), ("00", 0), ("1_000", 10), ("z", 36),
         ("Z", 36), ("12", 3), ("0o17", 8), ("0O17", 0), ("-0x10", 16), (" 0x1", 0), ("+0b1", 2), ("777", 8),
         ("\u0661\u0662", 10), (" \u0663 ", 0), ("10", 2), ("zz", 36), ("1" * 50, 2), ("0" * 5000, 8)]
for s, b in texts:
    print(repr(s)[:30], b, int(s, b))
for base in range(2, 37):
    print(base, int("10", base), int("1" * 5, base))
bad = [("0_7", 0), ("07", 0), ("_1", 10), ("1_", 10), ("1__0", 10), ("0b2", 0), ("1e5", 10), ("0x", 16),
       ("0x_", 16), ("", 10), ("  ", 10), ("+-1", 10), ("8", 8), ("g", 16), ("0x1", 10), ("1.5", 10), ("z", 35)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(e)
for b in [1, -1, 37, 100, True]:
    try:
        int("1", b)
    except ValueError as e:
        print(e)
for args in [(1, 2), ("10", 2.5), ("10", "2")]:
    try:
        int(*args)
    except TypeError as e:
        print(e)
print(int("10", base=3), int(x="7"), int(), int("  -12  "))
