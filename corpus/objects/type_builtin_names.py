# Builtin types are real type objects with names, qualnames and modules.
types = [int, float, str, bool, list, tuple, dict, set, frozenset, type, object,
         range, slice, BaseException, Exception, ValueError, KeyError,
         StopIteration, type(None), type(print), type(len)]
for t in types:
    print(t.__name__, t.__qualname__, t.__module__, type(t).__name__)
print(int, str, type, object)
print(repr(list), str(dict))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)


def f():
    pass


print(type(f).__name__, type(lambda: 0).__name__)
print(type(f).__module__)
print(type(iter([])).__name__, type(iter(())).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter(range(3))).__name__, type(reversed([])).__name__, type(zip()).__name__, type(enumerate(())).__name__)
