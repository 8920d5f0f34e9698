# Value patterns: dotted names are looked up and compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Config:
    class Limits:
        LOW = 1
        HIGH = 100
    MODE = "strict"


class NS:
    pass


ns = NS()
ns.answer = 42
ns.name = "deep"


def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"


for c in ["red", "green", "blue", "pink"]:
    print(c, color_name(c))


def limit(v):
    match v:
        case Config.Limits.LOW:
            return "at low"
        case Config.Limits.HIGH:
            return "at high"
        case Config.MODE:
            return "mode"
        case ns.answer:
            return "the answer"
        case ns.name:
            return "name value"
        case _:
            return "none"


for v in [1, 100, "strict", 42, "deep", 7, 1.0, True]:
    print(repr(v), limit(v))

# The value is looked up at match time, so rebinding changes the result.
ns.answer = 7
print("after rebinding:", limit(7), limit(42))

# Value patterns inside sequences.
for pair in [("red", 1), ("blue", 100), ("red", 50)]:
    match pair:
        case (Color.RED, Config.Limits.LOW):
            print(pair, "red low")
        case (Color.BLUE, Config.Limits.HIGH):
            print(pair, "blue high")
        case (col, lvl):
            print(pair, "fallback", col, lvl)
