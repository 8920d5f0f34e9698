# __missing__ on dict subclasses, KeyError arguments and reprs.
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d['xy'], d.get('xy'), 'xy' in d, len(d))
class E(dict):
    pass
try:
    E()['k']
except KeyError as e:
    print(type(e).__name__, e, e.args)
for key in [0, '', (), ('a', 'b'), KeyError('x'), 1.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e))
try:
    {}.pop((1,))
except KeyError as e:
    print(repr(e))
