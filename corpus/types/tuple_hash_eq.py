# tuple hashing (CPython's xxHash-based algorithm) over hashable elements.
for t in [(), (0,), (1, 2), (-1,), (1, (2, (3,))), ('',), (True, False), (1.5, 2.25), (2**70,), ((), ()), (frozenset(),)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash((2,)), {(1, 2): 'a'}[(1, 2)])
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 1}
except TypeError as e:
    print(type(e).__name__, e)
