# Chained and mixed comparisons calling user methods; results need not be bools.
class Logged:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v

    def __eq__(self, other):
        print(f"{self.v} == {other.v}")
        return self.v == other.v

    __hash__ = None


a, b, c = Logged(1), Logged(2), Logged(3)
print(a < b < c)
print(c < b < a)
print(a < b == b)


class Elementwise:
    def __init__(self, items):
        self.items = items

    def __gt__(self, n):
        return [x > n for x in self.items]

    def __eq__(self, n):
        return [x == n for x in self.items]


e = Elementwise([1, 5, 3])
print(e > 2, e == 3, 2 < e)
try:
    if e > 100 and e == 1:
        print("list results are truthy")
except TypeError as err:
    print("TypeError:", err)
