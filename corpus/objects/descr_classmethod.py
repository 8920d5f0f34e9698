# classmethod: receives the class, works on instances and subclasses.
class Shape:
    sides = 0
    made = []

    def __init__(self, size):
        self.size = size

    @classmethod
    def unit(cls):
        cls.made.append(cls.__name__)
        return cls(1)

    @classmethod
    def describe(cls, extra=""):
        return cls.__name__ + " with " + str(cls.sides) + " sides" + extra


class Square(Shape):
    sides = 4


class Triangle(Shape):
    sides = 3


s = Square.unit()
t = Triangle.unit()
print(type(s).__name__, type(t).__name__, s.size, Shape.made)
print(Square.describe(), t.describe("!"), Shape.describe())
cm = Shape.__dict__["unit"]
print(type(cm).__name__, cm.__func__.__name__)
bound = Square.describe
print(bound.__self__ is Square, bound())
print(Square().__class__.__name__ if False else "skip")


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = [int(part) for part in text.split("-")]
        return cls(y, m, d)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.parse("2024-02-29"), MyDate.parse("1999-12-31"))
print(MyDate(1, 2, 3).parse("5-6-7"))
print(classmethod(len).__func__ is len)
