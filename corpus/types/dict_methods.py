# dict methods: get, setdefault, pop, popitem order, copy, fromkeys, clear.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('c'), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
d = dict(zip('abcde', range(5)))
print(d.popitem(), d.popitem(), d)
d['x'] = 1
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)))
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 0))
c = d.copy()
c['new'] = 1
print(d, c, type(D(a=1).copy()).__name__)
c.clear()
print(c, len(c))
for k in [(1, 2), 'a', ('a',), None]:
    try:
        {}[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault([1])
except TypeError as e:
    print(type(e).__name__, e)
