# Dict iterator types, length hints and reverse iteration after deletions.
d = {i: i * i for i in range(6)}
del d[2]
del d[4]
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
it = iter(d.values())
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
r = reversed(d.keys())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r))
d = {'a': 1}
it = iter(d)
d['a'] = 2
print(list(it))
it = iter(d.items())
del d['a']
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(it.__length_hint__())
try:
    reversed({}.items()).__next__()
except StopIteration:
    print('StopIteration')
