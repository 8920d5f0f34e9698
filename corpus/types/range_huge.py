# Ranges beyond sys.maxsize: length errors, indexing, containment, iteration.
import sys
h = range(2**64)
print(h, h[2**63], h[-1], 2**63 in h, -1 in h, h.count(5), h.index(2**40), bool(h))
try:
    len(h)
except OverflowError as e:
    print(type(e).__name__, e)
print(h.__len__ if False else '', range(sys.maxsize).__len__() == sys.maxsize)
try:
    range(-sys.maxsize - 1, sys.maxsize).__len__()
except OverflowError as e:
    print(type(e).__name__, e)
it = iter(range(2**64, 2**64 + 3))
print(type(it).__name__, list(it))
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
r = range(10**20, 10**20 + 5)
print(list(reversed(r)), r[1:3], r.start, r.stop, r.step, hash(r) == hash(range(10**20, 10**20 + 5)))
print(range(0, 2**80, 2**70)[3], range(2**80, 0, -2**75)[-1])
print(list(iter(range(sys.maxsize - 2, sys.maxsize + 2))))
print(list(reversed(range(sys.maxsize - 2, sys.maxsize))))
