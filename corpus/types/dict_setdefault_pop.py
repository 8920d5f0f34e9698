# setdefault/pop/popitem/get sequences, including LIFO popitem after deletes.
d = {}
for ch in 'hello world':
    d.setdefault(ch, []).append(ch.upper())
print(d)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
d = dict.fromkeys('abcdef', 0)
del d['c']
d['z'] = 1
out = []
while d:
    out.append(d.popitem())
print(out)
print({}.get(1, 'no'), {1: None}.get(1, 'no'), {'k': 0}.pop('k'), {'k': 0}.pop('q', None))
try:
    {}.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
