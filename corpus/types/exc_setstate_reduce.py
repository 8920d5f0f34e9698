# __reduce__ and __setstate__.
e = ValueError("a", 1)
print(e.__reduce__())
e.extra = 5
print(e.__reduce__())
f = ValueError()
f.__setstate__({"x": 1, "y": 2})
print(f.x, f.y)
f.__setstate__(None)
try:
    f.__setstate__(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
cls, args, *state = OSError(2, "x", "name").__reduce__()
print(cls.__name__, args, state)
g = cls(*args)
print(type(g).__name__, g.filename, g)
