# Generators as methods: __iter__ written as a generator, class/static generators.
class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)

    def row(self, r):
        for c in range(self.cols):
            yield r * self.cols + c

    @classmethod
    def squares(cls, n):
        for i in range(1, n + 1):
            yield cls(i, i)

    @staticmethod
    def diagonal(n):
        yield from ((i, i) for i in range(n))

grid = Range2D(2, 3)
print(list(grid))
print(list(grid))  # __iter__ makes a fresh generator each time
print(list(grid.row(1)))
print([(s.rows, s.cols) for s in Range2D.squares(3)])
print(list(Range2D.diagonal(4)))
it = iter(grid)
print(type(it).__name__, next(it), next(it))
print((1, 2) in grid, (5, 5) in grid)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.leaves()))
print(sum(t), max(t), sorted(t, reverse=True))

# A subclass can extend the generator method of its base.
class Labelled(Range2D):
    def __iter__(self):
        yield "start"
        yield from super().__iter__()
        yield "end"

print(list(Labelled(1, 2)))
m = Labelled(1, 1).row
print(m.__name__, m.__qualname__, type(m(0)).__name__)
print(Range2D.__iter__.__qualname__, Labelled.__iter__.__qualname__)
