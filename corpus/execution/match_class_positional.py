# Class patterns with positional sub-patterns resolved via __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Segment:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"on diagonal at {x}"
        case Point(x, y):
            return f"somewhere ({x}, {y})"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (0, 0)]:
    print(p, where(p))


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(c, radius=1):
            return f"unit circle at {c}"
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case Segment(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical segment x={x1} from {y1} to {y2}"
        case Segment(a, b):
            return f"segment {a} -> {b}"
    return "unknown shape"


shapes = [Circle(Point(0, 0), 3), Circle(Point(1, 1), 1), Circle(Point(2, 2), 5),
          Segment(Point(4, 0), Point(4, 9)), Segment(Point(0, 0), Point(1, 1)), 42]
for s in shapes:
    print(describe(s))

# Fewer positional sub-patterns than __match_args__ entries is fine.
match Point(7, 8):
    case Point(x):
        print("only first attribute", x)

# Positional arguments with no __match_args__ at all: only zero is allowed.
class Bare:
    pass

match Bare():
    case Bare():
        print("Bare() with no sub-patterns matches")
