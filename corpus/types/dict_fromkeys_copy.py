# fromkeys with shared values, copy() is shallow, dict subclasses.
d = dict.fromkeys(['a', 'b'], [])
d['a'].append(1)
print(d)
c = {'x': [1]}.copy()
c2 = c.copy()
c2['x'].append(2)
c2['y'] = 0
print(c, c2)
class OD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 'od'
o = OD.fromkeys('xy', 1)
print(type(o).__name__, o, o.tag)
print(dict.fromkeys(range(3), None), dict.fromkeys('', 1), dict.fromkeys({'q': 9}))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
print({}.fromkeys('ab'), type({}.copy()).__name__, type(o.copy()).__name__)
