# str.format with format specs, conversions and nested fields in specs.
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("a", "b", "c", "d"))
print("{:08.3f} {:+,} {:#x} {:e} {:.1%}".format(3.14159, 1234567, 255, 0.00012, 0.256))
print("{0!r} {0!s} {0!a} {0!r:>12}".format("caf\u00e9"))
print("{x:{w}.{p}f}|".format(x=3.14159, w=10, p=2), "{:{}.{}f}|".format(2.71828, 8, 3))
print("{0:{1}}|{0:{2}}|".format(42, ">6", "<6"), "{:{fill}{align}{width}}".format("m", fill="~", align="^", width=7))
print("{0:{1}{2}}".format(255, "#", "x"), "{:{}}".format("abc", ""))


class C:
    def __format__(self, spec):
        return "<" + spec + ">"


print("{0:} {0:abc} {0:{1}} {0:{{}}}".format(C(), "xyz"))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t("{!x}", 1)
t("{!}", 1)
t("{0!}", 1)
t("{0!r", 1)
t("{0!rr}", 1)
t("{0!\u00e9}", 1)
t("{0:{1:{2}}}", 1, 2, 3)
t("{0:{}}", 1, 2)
t("{:{1}}", 1, 2)
t("{0:{x}}", 1)
t("{:d}", "s")
t("{0:{1}", 1, 2)
t("{0:{1}x}", 1, 5)
