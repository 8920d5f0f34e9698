# __match_args__ elements must be strings; only the ones actually used are checked.
class Weird:
    __match_args__ = ("ok", 2)
    ok = "fine"
    other = "x"


match Weird():
    case Weird(v):
        print("first element is fine:", v)

match Weird():
    case Weird(other="y"):
        print("unreachable")
    case Weird(other=o):
        print("keyword pattern:", o)

for value in [1, "s", Weird()]:
    match value:
        case int() | str():
            print("scalar", value)
        case Weird(a, b):
            print("unreachable", a, b)
