# A shape hierarchy with abstract-style base, properties, comparison and sorting.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        raise NotImplementedError

    @property
    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area < other.area

    def __eq__(self, other):
        return isinstance(other, Shape) and abs(self.area - other.area) < 1e-9

    __hash__ = None

    def scale(self, factor):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def summary(self):
        return f"{self.name:<10} {type(self).__name__:<10} area={self.area:8.2f} perim={self.perimeter:7.2f}"


PI = 3.141592653589793


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    @property
    def area(self):
        return PI * self.r ** 2

    @property
    def perimeter(self):
        return 2 * PI * self.r

    def scale(self, factor):
        return Circle(self.name + "*", self.r * factor)


class Rectangle(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, factor):
        return type(self)(self.name + "*", self.w * factor, self.h * factor)


class Square(Rectangle):
    def __init__(self, name, side, _unused=None):
        super().__init__(name, side, side)

    def scale(self, factor):
        return Square(self.name + "*", self.w * factor)


class Triangle(Shape):
    def __init__(self, name, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        super().__init__(name)
        self.sides = (a, b, c)

    @property
    def perimeter(self):
        return sum(self.sides)

    @property
    def area(self):
        s = self.perimeter / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

    def scale(self, factor):
        return Triangle(self.name + "*", *[x * factor for x in self.sides])


shapes = [Circle("disc", 1.5), Rectangle("door", 1, 2.1), Square("tile", 0.5),
          Triangle("wedge", 3, 4, 5), Square("board", 2), Circle("dot", 0.1)]
try:
    shapes.append(Triangle("bad", 1, 2, 10))
except ValueError as e:
    print("rejected:", e)
for s in shapes:
    print(s.summary())
print("sorted:", sorted(shapes))
print("largest:", max(shapes), "smallest:", min(shapes))
print("total area: %.3f" % sum([s.area for s in shapes]))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.name)
print(sorted(by_kind.items()))
print([isinstance(s, Rectangle) for s in shapes])
bigger = [s.scale(2) for s in shapes]
for old, new in zip(shapes, bigger):
    print(f"{new.name:<8} {type(new).__name__:<9} ratio {new.area / old.area:.1f}")
print(Square("a", 2) == Rectangle("b", 1, 4), Square("a", 2) == Circle("c", 1))
try:
    {Square("x", 1)}
except TypeError as e:
    print("TypeError:", e)
print("shapes made:", Shape.count)
try:
    Shape("abstract").area
except NotImplementedError:
    print("Shape.area is abstract")
