# List iterators: length hints, mutation during iteration, exhaustion.
l = [1, 2, 3]
it = iter(l)
print(type(it).__name__, it.__length_hint__())
next(it)
print(it.__length_hint__())
l.append(4)
print(list(it), it.__length_hint__())
l.append(5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
it = iter((1, 2, 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
it = iter('abc')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
it = iter('é')
print(type(it).__name__, list(it))
e = enumerate('ab')
print(list(e), sorted(n for n in dir(e) if not n.startswith('__i') or n in ('__iter__',)) == sorted(n for n in dir(e) if not n.startswith('__i') or n in ('__iter__',)))
for obj in (enumerate([]), zip(), map(str, []), filter(None, []), reversed([]), reversed(range(2))):
    print(type(obj).__name__, [n for n in ('__iter__', '__next__', '__setstate__', '__length_hint__') if hasattr(obj, n)])
