# center, ljust, rjust, zfill, expandtabs.
b = b"abc"
print(b.center(9), b.center(8, b"*"), b.center(2), b.center(4, b"-"), b.center(5, bytearray(b"=")))
print(b.ljust(6), b.ljust(6, b"."), b.rjust(6), b.rjust(6, b"0"), b.ljust(-1))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"".zfill(3), b"abc".zfill(2), b"-".zfill(3))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\n\tc".expandtabs(2), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=3))
print(bytearray(b"x").center(5, b"_"), type(bytearray(b"x").zfill(3)))
for call in [lambda: b.center(5, "x"), lambda: b.center(5, b"xy"), lambda: b.center(), lambda: b.ljust("5"),
             lambda: b.zfill("a"), lambda: b.expandtabs("x"), lambda: b.rjust(5, b"a", 1), lambda: b.center(5, fillchar=b"x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
