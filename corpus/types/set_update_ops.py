# set updates and operations with several iterables.
s = {1, 2, 3}
s.update([4], (5,), range(6, 8), 'a')
print(sorted(s, key=str))
s = {1, 2, 3, 4, 5}
s.intersection_update([1, 2, 3, 9], (2, 3))
print(s)
s = set(range(10))
s.difference_update([1, 2], {3}, range(8, 20))
print(s)
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(s)
s.symmetric_difference_update({1: 'x', 10: 'y'})
print(s)
s.intersection_update()
print(s)
a = {1, 2, 3}
print(a.union(), a.union([4], (5,)), a.intersection([1, 2], [2, 3]), a.difference([1], [2]), a.difference())
print(a.symmetric_difference([3, 4]), a.intersection(), a.intersection() is a)
fs = frozenset([1, 2])
print(fs.union([3]), fs.intersection([2, 9]), fs.difference({1}), fs.symmetric_difference([1, 5]))
print(type(fs.union()).__name__, fs.union() is fs, fs.copy() is fs, type(a.copy()).__name__)
for name in ['update', 'intersection_update', 'difference_update', 'symmetric_difference_update', 'union',
             'intersection', 'difference', 'symmetric_difference', 'issubset', 'isdisjoint']:
    try:
        getattr(set(), name)(5)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    set().symmetric_difference_update()
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().update([[1]])
except TypeError as e:
    print(type(e).__name__, e)
