# The errors of str's format spec.
def t(spec, v="abc"):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


for spec in ["d", "x", "r", "+", "-", " ", "+5", "z", "#", "#5", "=5", "0=5", ",", "_", "5,", ",s", "_s",
             "ss", ".", "5.s", ".2d", "\u00e9", "\x01", "<<5s", "1" * 25]:
    t(spec)


class S(str):
    pass


t("d", S("x"))
t("5", S("x"))
try:
    "abc".__format__(1)
except TypeError as e:
    print("TypeError", e)
