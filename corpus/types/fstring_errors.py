# Errors raised while formatting inside f-strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x, s, f = 5, "abc", 2.5
t(lambda: f"{x:s}")
t(lambda: f"{s:d}")
t(lambda: f"{f:x}")
t(lambda: f"{x:.2}")
t(lambda: f"{s:+}")
t(lambda: f"{s:=5}")
t(lambda: f"{x:,s}")
t(lambda: f"{f:,,}")
t(lambda: f"{x:{'q'}}")
t(lambda: f"{x:{10}.{2}}")
t(lambda: f"{[1]:>5}")
t(lambda: f"{None:5}")
t(lambda: f"{x:c}" + f"{-1:c}")
t(lambda: f"{f:.{'x'}f}")
t(lambda: f"{s:{'0'}=5}")
