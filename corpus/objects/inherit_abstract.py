# The "abstract method" convention: base methods raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Blob(Shape):
    pass


for shape in (Square(2), Circle(1), Blob()):
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented is not NotImplementedError)
shapes = sorted([Square(3), Circle(1), Square(1)], key=lambda s: s.area())
print([s.describe() for s in shapes])
