# __reversed__, __class_getitem__, comparisons, recursive repr, copy/clear/insert/pop/remove.
l = [1, 2, 3]
r = l.__reversed__()
print(type(r).__name__, list(r), list(reversed(l)), r.__length_hint__())
it = reversed(l)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(list[int], list[int, str], tuple[int, ...], type(list[int]).__name__)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2.0], [] <= [], (1, 2) >= (1, 2))
print((1, 'a') < (1, 'b'), (1, 2) != (1, 2))
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
x = [1]
x.append(x)
print(x, repr(x))
d = {'a': x}
x.append(d)
print(x)
t = (x,)
print(t)
l = [5, 6]
l.insert(-100, 0)
l.insert(100, 9)
l.insert(1, 'a')
print(l, l.pop(), l.pop(0), l.pop(-1), l)
for f, a in [(l.pop, (10,)), ([].pop, ()), (l.remove, ('z',)), (l.insert, ('a', 1))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
c = l.copy()
c.clear()
print(c, l, l.reverse(), l)
print(list('abc'), list(), tuple([1]), tuple(), list((1, 2)))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), tuple.__hash__ is not None)
