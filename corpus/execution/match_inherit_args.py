# __match_args__ is looked up like any class attribute: inherited, overridden, on the type.
class Base:
    __match_args__ = ("a", "b")

    def __init__(self, a, b, c=0):
        self.a = a
        self.b = b
        self.c = c

class Child(Base):
    pass

class Reordered(Base):
    __match_args__ = ("c", "a")

def probe(obj):
    match obj:
        case Reordered(x, y):
            return f"Reordered first={x} second={y}"
        case Child(x, y):
            return f"Child first={x} second={y}"
        case Base(x, y):
            return f"Base first={x} second={y}"

print(probe(Base(1, 2, 3)))
print(probe(Child(1, 2, 3)))
print(probe(Reordered(1, 2, 3)))

# The pattern's class (not the subject's) supplies __match_args__.
match Reordered(1, 2, 3):
    case Base(x, y):
        print("Base pattern on Reordered:", x, y)

# An empty __match_args__ forbids positional sub-patterns but allows keywords.
class Opaque:
    __match_args__ = ()

    def __init__(self):
        self.secret = "s"

match Opaque():
    case Opaque(secret=s):
        print("keyword on Opaque:", s)

# __match_args__ set after class creation.
class Late:
    def __init__(self):
        self.p = "late-p"
        self.q = "late-q"

Late.__match_args__ = ("q", "p")
match Late():
    case Late(first, second):
        print("late match args:", first, second)

# __match_args__ naming a method or property.
class WithProp:
    __match_args__ = ("area", "name")

    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"

match WithProp(3, 4):
    case WithProp(12, n):
        print("area 12 and name is callable:", callable(n), n())

# A match-args name that is missing means no match.
class Missing:
    __match_args__ = ("nope",)

match Missing():
    case Missing(x):
        print("matched?!")
    case Missing():
        print("missing attribute -> positional pattern fails")
