# The errors of int's format spec, with CPython's exact messages.
def t(spec, v=42):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


for spec in ["s", "q", "j", ".2", ".2d", "z", "zd", ",,", ",_", "_,", ",x", ",b", ",o", ",X", ",n", "_n",
             "_c", "xx", "5dd", "<<<", "10.", ".", ".x", "d5", "\u00e9", "\x01", "\x7f", "\u20ac",
             "1" * 30, "." + "9" * 30, "+-5", "#5.3"]:
    t(spec)
t("s", True)
t("q", True)


class MyInt(int):
    pass


t("s", MyInt(3))
t("xx", MyInt(3))
try:
    format(1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__format__(5)
except TypeError as e:
    print("TypeError", e)
