# add/remove/discard/pop/clear/copy on sets of ints, with errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, len(s), 4 in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
c = s.copy()
c.add(100)
print(s, c, c is s)
s.clear()
print(s, bool(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
for f in ('add', 'remove', 'discard'):
    try:
        getattr(s, f)()
    except TypeError as e:
        print(type(e).__name__, e)
s = set(range(20))
print([s.pop() for _ in range(5)], len(s))
print({1, 2}.remove({1}) if False else '', {frozenset([1])}.discard({1}))
x = {frozenset([1]), 2}
x.remove({1})
print(x)
