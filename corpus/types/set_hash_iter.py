# frozenset hashes (CPython's algorithm), set iteration errors, iterator attributes.
for f in [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(range(100)), frozenset([-1, -2]),
          frozenset([(1, 2), 3.5]), frozenset([frozenset([1])]), frozenset([True, 'a' == 'b'])]:
    print(sorted(f, key=repr)[:5], hash(f))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
print(s)
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print('__next__' in dir(it), '__iter__' in dir(it), iter(it) is it)
s = {5, 6}
it = iter(s)
s.add(7)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set('abc') == {'a', 'b', 'c'}, set({'k': 1}), set(range(3)), set(), frozenset(), frozenset([1]))
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(x=1)
except TypeError as e:
    print(type(e).__name__, e)
