# Sorting with keys returning tuples, None, mixed; sorted() on various iterables.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), sorted(range(5), key=lambda x: x % 2))
print(sorted('Hello World'), sorted('Hello World', key=str.lower), sorted([3, 1, 2], key=None, reverse=False))
try:
    sorted([1, None, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V(%d)' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(9)], key=lambda x: x.v))
l = [5, 4, 3, 2, 1] * 4
l.sort(reverse=True)
print(l)
