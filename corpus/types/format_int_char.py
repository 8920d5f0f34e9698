# The 'c' presentation type: code points, widths, and its errors.
for v in [65, 97, 48, 0x263A, 0x1F600, 0x10FFFF, 0]:
    print(repr(format(v, "c")), repr(format(v, "5c")), repr(format(v, "<4c")), repr(format(v, "^5c")))
print(repr(format(65, "05c")), repr(format(65, "=5c")), repr(format(65, "*>3c")))
print(repr(format(True, "c")))


def t(spec, v):
    try:
        print(spec, v, repr(format(v, spec)))
    except Exception as e:
        print(spec, v, type(e).__name__, e)


t("c", -1)
t("c", 0x110000)
t("c", 2**70)
t("+c", 65)
t(" c", 65)
t("#c", 65)
t(",c", 65)
t("_c", 65)
t(".2c", 65)
t("zc", 65)
