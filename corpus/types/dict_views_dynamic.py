# Views are live: they see later changes to their dict.
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
print(list(k), list(v), list(i), len(k))
del d['a']
print(k, v, i)
d.clear()
print(k, v, i, bool(k), bool(v))
d.update(x=1, y=2)
print(sorted(k), 1 in v, ('y', 2) in i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
print(k.mapping is not d, k.mapping == d, list(reversed(i)))
