# Literal and value patterns compare with ==, so user __eq__ methods take part.
class Anything:
    def __eq__(self, other):
        print("  Anything.__eq__ with", repr(other))
        return True

class Caseless:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        return NotImplemented

    def __repr__(self):
        return f"Caseless({self.s!r})"

def lit(subject):
    match subject:
        case 1:
            return "literal one"
        case "yes":
            return "literal yes"
        case _:
            return "nothing"

print(lit(Anything()))
print(lit(Caseless("YES")))
print(lit(Caseless("no")))

class Consts:
    TARGET = Caseless("Target")

for s in ["target", "TARGET", "tar"]:
    match s:
        case Consts.TARGET:
            print(s, "matches Consts.TARGET")
        case _:
            print(s, "does not match")

# None/True/False patterns use identity, so __eq__ is not consulted.
match Anything():
    case None:
        print("matched None?!")
    case True:
        print("matched True?!")
    case _:
        print("identity patterns skip __eq__")

# __eq__ returning a non-bool: truthiness decides.
class Weird:
    def __init__(self, result):
        self.result = result

    def __eq__(self, other):
        return self.result

for r in [[1], [], "x", "", 0, 2]:
    match Weird(r):
        case 5:
            print(repr(r), "-> matched")
        case _:
            print(repr(r), "-> not matched")

# Value pattern inside a sequence, with __eq__ counting calls.
class Counter:
    count = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Counter.count += 1
        return self.v == other

items = [Counter(1), Counter(2), Counter(3)]
match items:
    case [1, 2, 4]:
        print("wrong")
    case [1, 2, 3]:
        print("right, comparisons so far:", Counter.count)
