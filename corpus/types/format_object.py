# object.__format__: only the empty spec (str(self)); other types' errors.
class P:
    def __str__(self):
        return "P-str"

    def __repr__(self):
        return "P-repr"


class Outer:
    class Inner:
        pass


print(format(P()), format(P(), ""), f"{P()}", f"{P()!r}", "{}".format(P()), object.__format__(P(), ""))
for v in [P(), Outer.Inner(), [1, 2], (1,), {1: 2}, None, ..., len]:
    try:
        print(format(v, "x"))
    except TypeError as e:
        print("TypeError", e)
print(format([1, 2]), format(None), format((1, "a")), format({"k": 1}))
try:
    object.__format__(P(), 5)
except TypeError as e:
    print("TypeError", e)
try:
    format(P(), 5)
except TypeError as e:
    print("TypeError", e)
try:
    format()
except TypeError as e:
    print("TypeError", e)
print(format(3), format(3.0), format("s"), format(-0.0))
