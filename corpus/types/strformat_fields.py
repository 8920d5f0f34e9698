# Field names with attribute and index access.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20, 30]
        self.d = {"k": "v", "1": "str-one", 1: "int-one"}


p = P()
print("{0.x} {0.items[1]} {0.d[k]} {0.d[1]}".format(p))
print("{p.x} {p.items[2]} {p.d[k]}".format(p=p))
print("{0[0]} {0[2]} {1[a]} {1[b][0]}".format([1, 2, 3], {"a": "A", "b": ["B0"]}))
print("{0.real} {0.imag} {1.__class__.__name__}".format(5, "s"))
print("{[0]}{[1]}".format("ab", "cd"))
print("{0[ ]} {0[-1]}".format({" ": "space", "-1": "neg-str"}))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t("{0.missing}", p)
t("{0[5]}", [1])
t("{0[x]}", [1])
t("{0[1]}", {"1": "s"})
t("{0.}", p)
t("{0[]}", [1])
t("{0[0}", [1])
t("{0[0]x}", [1])
t("{0..x}", p)
t("{0.x.y}", p)
t("{a.b[c}", a=p)
t("{0[0]]}", [1])
t("{0[{]}", [1])
