# Runtime TypeErrors raised by class patterns, caught and printed.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class IntArgs:
    __match_args__ = (1,)

class One:
    __match_args__ = ("a",)
    a = 1

class StrArgs:
    __match_args__ = "ab"
    a = 1

def f1():
    match ListArgs():
        case ListArgs(x):
            return x

def f2():
    match IntArgs():
        case IntArgs(x):
            return x

def f3():
    match One():
        case One(x, y):
            return x, y

def f4():
    not_a_class = len
    match 1:
        case not_a_class():
            return "?"

def f5():
    match One():
        case One(x, a=2):
            return x

def f6():
    match 5:
        case int(a, b):
            return a

def f7():
    match StrArgs():
        case StrArgs(x):
            return x

def f8():
    # The class pattern is not checked when an earlier case matches.
    match 0:
        case 0:
            return "early case wins"
        case len():
            return "unreachable"

def f9():
    # __match_args__ is only consulted when positional sub-patterns are used.
    match ListArgs():
        case ListArgs(a=v):
            return f"keyword only, a={v}"

def f10():
    # No error when the isinstance check fails first.
    match "str":
        case ListArgs(x):
            return x
        case _:
            return "isinstance failed first"

for i, fn in enumerate([f1, f2, f3, f4, f5, f6, f7, f8, f9, f10], 1):
    attempt(f"f{i}", fn)
