# Tuple comparison is lexicographic with identity shortcut; errors name the first differing pair.
nan = float('nan')
print((nan,) == (nan,), (nan, 1) < (nan, 2), [nan] == [nan])
a = (1, 'x')
b = (1, 2)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == b, a != b)
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print((C(1), C(2)) < (C(1), C(3)))
print((C(1),) == (C(1),))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max((1, 2), (1, 3)), min([(0, 5), (0, 1)]))
print(tuple.__lt__((1,), [1]), tuple.__eq__((1,), 1))
