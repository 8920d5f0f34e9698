# tuple: index with bounds, count, __getnewargs__, hashing, comparisons, repr.
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, 1), t.index(1, -1), t.count(2), t.count(9))
try:
    t.index(3, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(1, 1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(t.__getnewargs__(), ().__getnewargs__())
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((1, (2, 3))), hash((True, 1.5)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print((1,), (), (1, 2), ((),), ('a', ('b',)))
print(tuple[int], tuple.__class_getitem__(str))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2)[::-1], (1, 2, 3)[1:], len((1, 2)))
print((1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), () < (0,), (1, 2) <= (1, 2))
print(3 in t, 7 in t, list(reversed(t)), t.__len__(), t.__contains__(1))
class T(tuple):
    pass
x = T((1, 2))
print(type(x + (3,)).__name__, type(x[:1]).__name__, x.__getnewargs__(), type(x.__getnewargs__()[0]).__name__)
print(tuple(x) is x, tuple(t) is t, type(tuple(x)).__name__)
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    key = 'a'
    (1, 2)[key]
except TypeError as e:
    print(type(e).__name__, e)
