# %c: ints and one-character strings, and its errors.
print("%c%c%c" % (72, 105, 0x263A), "%c" % "x", "%c" % "\u4e2d", "[%3c]" % 65, "[%-3c]" % "z", "[%03c]" % 66)


def t(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)


t("%c", -1)
t("%c", 0x110000)
t("%c", 2**80)
t("%c", "ab")
t("%c", "")
t("%c", 1.5)
t("%c", None)
t("%c", [65])
t("%.1c", 65)


class Idx:
    def __index__(self):
        return 97


t("%c", Idx())
t("%c", True)
