# repr of self-referencing lists, tuples, dicts and sets.
a = []
a.append(a)
print(a, repr(a), str(a))
b = [1, 2]
c = [b, b]
print(c)
d = {}
d[1] = d
d[2] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
e = {'k': []}
e['k'].append(e)
print(e, e.items(), e.values())
class R:
    def __repr__(self):
        return 'R' + repr(self.items)
r = R()
r.items = [r] if False else [1]
print(r, [r, r])
