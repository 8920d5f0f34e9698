# Subclasses of int, float and str: their __format__, their own __str__ for
# an empty spec, overrides of __format__, and names in error messages.
class I(int):
    def __str__(self):
        return "I!"


class F(float):
    def __repr__(self):
        return "F!"


class S(str):
    def __str__(self):
        return "S!"


print(format(I(5), ""), format(I(5), "d"), format(I(5), "03"), f"{I(5)}", f"{I(5):x}", "{}".format(I(5)))
print(format(F(1.5), ""), format(F(1.5), ".2f"), f"{F(1.5)}", f"{F(1.5):g}")
print(format(S("ab"), ""), format(S("ab"), "4"), f"{S('ab')}", f"{S('ab'):>4}")
for v, spec in [(I(1), "s"), (F(1.0), "d"), (S("x"), "d"), (I(1), "xx"), (F(2.0), "5.5.5")]:
    try:
        format(v, spec)
    except ValueError as e:
        print("ValueError", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        return format(self.cents / 100, spec)


m = Money(12345)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>10.2f}", "{:,.2f}".format(m), "{0!s:.5}".format(m)[:5])


class Bad:
    def __format__(self, spec):
        return 42


try:
    format(Bad(), "x")
except TypeError as e:
    print("TypeError", e)
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)
