# __repr__ and __str__: print uses str, containers use repr, str falls back to repr.
class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly-str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s} {s}")
print("%s %r" % (b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
print(str([s])[:25])
print("x" + str(b), format(b), format(r))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return "N" + repr(self.children)


print(Nested([Nested([]), Nested([Nested([])])]))
print(repr("quote's"), str(3.0), repr(None))
