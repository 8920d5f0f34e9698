# corpus: full-stderr
# Notes as CPython 3.11's printer shows them inside a group's boxes: each line of
# a multi-line note behind the margin, a note ending in a newline leaving an
# empty line, an empty note, a note whose str() fails, __notes__ that is a
# str (one note per character) or a tuple, __notes__ that is not a sequence
# (its repr, with no newline after it); and a recursive traceback inside a
# box (its "[Previous line repeated]" line has no margin).
def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)


errs = []
try:
    rec(10)
except ValueError as e:
    errs.append(e)

x = ValueError("noted")
x.add_note("a\nb")
x.add_note("c\n")
x.add_note("")


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


x.__notes__.append(BadStr())
errs.append(x)
y = TypeError("notes is a str")
y.__notes__ = "abc"
errs.append(y)
z = TypeError("notes is a tuple")
z.__notes__ = ("t1", 5)
errs.append(z)
w = KeyError("notes is an int")
w.__notes__ = 5
errs.append(w)
v = KeyError("notes is a dict")
v.__notes__ = {"k": 1}
errs.append(v)
group = ExceptionGroup("odd notes", errs)
group.add_note("group note\nsecond line")
raise group
