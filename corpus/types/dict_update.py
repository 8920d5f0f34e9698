# dict() and dict.update with every argument form and their errors.
d = {}
d.update({'a': 1})
d.update([('b', 2), ['c', 3]])
d.update(x=4)
d.update({'a': 0}, a=5)
d.update(('de', 'fg'))
print(d)
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d, dict(M()), dict(M(), z=1))
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', 'cd')))
for arg in [[1], [(1,)], [(1, 2, 3)], 5, ['ab', 'c'], [None]]:
    try:
        dict(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        {}.update(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def keys(self):
        return [1]
try:
    dict(K())
except TypeError as e:
    print(type(e).__name__, e)
print(dict(iter([(1, 2)])), dict(((i, i * i) for i in range(3))))
