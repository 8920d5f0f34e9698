# '*' width and precision taken from the argument tuple.
print("[%*d]" % (6, 42), "[%-*d]" % (6, 42), "[%*d]" % (-6, 42), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (10, 3, 3.14159))
print("[%*s]" % (4, "ab"), "[%.*s]" % (1, "abc"), "[%.*s]" % (-1, "abc"), "[%0*d]" % (5, -3))
for w in range(0, 8, 3):
    for p in range(0, 4, 2):
        print("[%*.*e]" % (w, p, 12.5), end=" ")
print()


def t(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)


t("%*d", ("5", 1))
t("%*d", (5.0, 1))
t("%.*f", (None, 1.0))
t("%*d", (5,))
t("%*.*f", (5, 2))
t("%*d", (True, 7))
t("%(a)*d", {"a": 3})
