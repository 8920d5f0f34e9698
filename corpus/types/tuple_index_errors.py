# tuple.index/count with bounds and argument errors.
t = ('a', 'b', 'a', 'c')
print(t.index('a'), t.index('a', 1), t.index('a', -2), t.index('c', 0, 4), t.count('a'), t.count('z'))
for args in [('a', 3), ('c', 0, 3), ('z',), ('a', 10)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(), ('a', 'x'), ('a', 1, 2, 3)]:
    try:
        t.index(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(t.index('a', I()), t.index('a', True), t.index('a', -100, 100))
