# __hash__ with __eq__: objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 5) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print(hash(Point(1, 2)) == hash(Point(1, 2)))


class Const:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Const)


print(hash(Const()), len({Const(), Const()}))


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BoolHash:
    def __hash__(self):
        return True


print(hash(BoolHash()))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class Counter:
    calls = 0

    def __hash__(self):
        Counter.calls += 1
        return 1


c = Counter()
m = {c: 1}
m[c] = 2
print(Counter.calls, m[c], len(m))
print(hash(-1) == hash(-2), hash(5), hash(True), hash(1.0) == hash(1))
