# Comparisons and equality of nested lists, identity shortcuts, mixed types.
a = [1, [2, 3], (4, 5)]
b = [1, [2, 3], (4, 5)]
print(a == b, a != b, a < b, a <= b, [1, [2, 4]] > a, [] < [[]], [[]] < [[0]])
class Weird:
    def __eq__(self, o):
        return False
w = Weird()
print([w] == [w], [w].count(w), w in [w], [w].index(w))
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == (1, 2), [1].__eq__((1,)), [1].__lt__(5), [] == [], [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [1, 1], [1]]), sorted([[2], [1, 5], [1]]))
