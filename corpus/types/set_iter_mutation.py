# Mutating a set during iteration, and iterating a copy instead.
s = set(range(5))
for x in list(s):
    if x % 2:
        s.discard(x)
print(s)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(2)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except RuntimeError as e:
    print('again', type(e).__name__, e)
except StopIteration:
    print('StopIteration')
s = {1, 2}
it = iter(s)
s.add(3)
s.discard(3)
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2, 3])
it = iter(f)
print(it.__length_hint__(), sorted(it), it.__length_hint__())
