# __slots__: fixed attributes, no instance __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, p.x, p.y)
print(hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(type(Point.x).__name__, Point.x.__name__)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)
print(getattr(p, "x"), hasattr(p, "y"), sorted([n for n in dir(p) if not n.startswith("__")]))


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only, Single.__slots__)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)
