# A plain class: __init__, methods, instance attributes, several instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


p = Point(1, 2)
q = p.moved(3, 4)
print(p.describe(), q.describe())
print(p.x, p.y, q.x, q.y)
print(p.dist2(q), q.dist2(p))
p.x = 10
print(p.describe())
p.label = "origin-ish"
print(p.label)
print(type(p).__name__, type(p) is Point)
print(isinstance(p, Point), isinstance(3, Point))
pts = [Point(i, i * i) for i in range(5)]
print([pt.describe() for pt in pts])
print(sum([pt.y for pt in pts]))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(Empty.__name__, type(e).__name__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.serial = Counter.count


cs = [Counter() for _ in range(4)]
print([c.serial for c in cs], Counter.count)
print(cs[0].count, cs[3].count)
