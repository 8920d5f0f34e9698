# enumerate/zip/map/filter/reversed over lists, their types and exhaustion.
l = ['a', 'b', 'c']
e = enumerate(l, 1)
print(type(e).__name__, next(e), list(e), list(e))
z = zip(l, range(10), 'xyz!')
print(type(z).__name__, list(z))
try:
    list(zip(l, [1], strict=True))
except ValueError as err:
    print(type(err).__name__, err)
m = map(str.upper, l)
print(type(m).__name__, list(m), list(map(lambda a, b: a + b, 'ab', 'cd')))
f = filter(None, [0, 1, '', 'x', None, [], [0]])
print(type(f).__name__, list(f), list(filter(str.isdigit, 'a1b2')))
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
r = reversed((1, 2, 3))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
r = reversed('abc')
r.__setstate__(1)
print(list(r))
try:
    reversed({1, 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    reversed(5)
except TypeError as err:
    print(type(err).__name__, err)
it = iter(l)
print(iter(it) is it, it.__next__(), it.__length_hint__())
