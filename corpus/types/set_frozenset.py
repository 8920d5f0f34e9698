# frozenset: immutability, methods returning frozensets, hashing as dict keys.
f = frozenset('aab')
print(sorted(f), len(f), 'a' in f, type(f | {'z'}).__name__, type({'z'} | f).__name__)
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(name, hasattr(f, name))
d = {frozenset([1, 2]): 'x'}
print(d[frozenset([2, 1])], frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
class F(frozenset):
    pass
g = F([1, 2])
print(type(g).__name__, type(g.copy()).__name__, type(g | {3}).__name__, type(g.union()).__name__, g == frozenset([1, 2]))
print(frozenset(g) is g, type(frozenset(g)).__name__, frozenset(f) is f)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset([1, 2]).issubset([1, 2, 3]), frozenset([3]).isdisjoint({4}), repr(frozenset()), repr(frozenset([7])))
