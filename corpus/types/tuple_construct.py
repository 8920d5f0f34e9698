# tuple(): construction from iterables, identity of tuple(tuple), slicing, concatenation.
print(tuple('abc'), tuple(range(3)), tuple({'a': 1}), tuple(x * 2 for x in range(3)), tuple([]))
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t[0:3] is t, t + () == t, t * 1 == t)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) * 0, (1,) * -1, (0,) * 3, (1, 2)[-1], (1, 2)[5:], len(()))
a, *b = (1, 2, 3)
print(a, b, (*t, 4), ((1, 2) + (3,))[::2])
