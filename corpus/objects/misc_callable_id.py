# callable() on many kinds of objects; identity comparisons with id() and is.
class WithCall:
    def __call__(self):
        return 1


class Without:
    pass


def f():
    pass


things = [f, lambda: 0, WithCall(), Without(), WithCall, Without, len, print, 3, "s",
          [].append, Without().__init__, type, object(), staticmethod(f), classmethod(f)]
print([callable(t) for t in things])
a = Without()
b = a
c = Without()
print(a is b, a is c, id(a) == id(b), id(a) == id(c))
print(id(None) == id(None), None is None, type(None)() is None)
x = [1, 2]
y = x
y.append(3)
print(x, x is y, x == [1, 2, 3], x is [1, 2, 3])
print(id(f) == id(f), f is f)
cache = {}
for obj in (a, b, c):
    cache.setdefault(id(obj), obj)
print(len(cache))
