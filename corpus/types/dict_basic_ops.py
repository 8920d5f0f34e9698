# Item access, deletion, membership, len, equality and iteration order.
d = {}
d['b'] = 1
d['a'] = 2
d[3] = 'x'
d[(1, 2)] = None
print(d, len(d), 'a' in d, 'z' not in d, list(d), d[(1, 2)])
del d['b']
d['b'] = 9
print(list(d.items()))
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
d[1] = 'one'
d[1.0] = 'float one'
d[True] = 'true'
print(d)
print({1: 2} == {1.0: 2}, {'a': [1]} == {'a': [1]}, {} != {0: 0})
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K)
    def __repr__(self):
        return 'K()'
print({K(): 1, K(): 2}, len({K(): 1, K(): 2}))
print(dict(a=1) == {'a': 1}, list({'x': 1, 'y': 2}.keys()), list({'x': 1}.values()))
try:
    d[[]] = 1
except TypeError as e:
    print(type(e).__name__, e)
