# corpus: full-stderr
# An exception from __init__ through super().__init__ in a subclass.
class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, not {sides}")
        self.sides = sides


class Polygon(Shape):
    def __init__(self, name, sides):
        self.name = name
        super().__init__(sides)


print(Polygon("triangle", 3).sides)
p = Polygon("line", 2)
