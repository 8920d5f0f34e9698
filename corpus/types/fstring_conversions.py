# f-string conversions !r !s !a, with and without specs, and '=' debug text.
s = "caf\u00e9 \u4e2d"
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{s!r:>20}|", f"{s!a:.8}")
print(f"{1.5!r}", f"{[1, 'a']!r}", f"{None!s}", f"{chr(255)!a}")


class C:
    def __repr__(self):
        return "C-repr-\u00e9"

    def __str__(self):
        return "C-str"

    def __format__(self, spec):
        return "C-format(" + spec + ")"


c = C()
print(f"{c}", f"{c:xyz}", f"{c!r}", f"{c!s}", f"{c!a}", f"{c!r:>14}", f"{c!s:*^9}")
x = 10
print(f"{x=}", f"{x = }", f"{x=:5}", f"{x=!s}", f"{x*2=}", f"{s=}", f"{c=}", f"{c=!s}", f"{c=:q}")
print(f"{x=:#x}", f"{3.5=:.2f}")
