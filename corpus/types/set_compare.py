# Set comparisons, subset/superset with any iterable, isdisjoint.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a == b, a != b, a < a, a <= a)
print(a == frozenset(a), frozenset(a) == a, {1} == [1], {1}.__eq__([1]), {1}.__lt__([1]))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(a.issubset([1, 2, 5]), a.issubset('ab'), a.issuperset([1]), a.issuperset(iter([1, 2, 9])), b.issuperset(range(1, 4)))
print(a.isdisjoint([3, 4]), a.isdisjoint(x for x in [2]), frozenset().isdisjoint([]), a.isdisjoint({1: 0}))
print(frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset() <= set(), set() < frozenset([0]))
print(sorted([{3}, {1, 2}, {1}], key=len), {1, 2} > {3}, {1, 2} >= {1})
print(set() == set(), set() == frozenset(), frozenset() is frozenset(), {frozenset(): 1}[frozenset()])
print(len({1, 2, 3}), {1, 2}.__len__(), sorted({3, 1}.__iter__()), '__len__' in dir(set), '__iter__' in dir(frozenset))
print({1, 2, 3}.__contains__(2), 2 in frozenset([2]), [1] in {1} if False else '')
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print(set([1]).__contains__({1}) if False else frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
