# __bases__ and __mro__ of builtin types.
def names(seq):
    return [c.__name__ for c in seq]


for t in (object, int, bool, str, list, dict, type, float, tuple, set, frozenset):
    print(t.__name__, names(t.__bases__), names(t.__mro__))
print(object.__bases__)
print(bool.__mro__)
print(names(KeyError.__mro__))
print(names(ZeroDivisionError.__mro__))
print(names(UnicodeDecodeError.__mro__))
print(names(bool.mro()))
print(type.__base__.__name__, bool.__base__.__name__, object.__base__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(type, object))
print(isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(isinstance(int, type), isinstance(int, object), isinstance(3, type))
print(type(type) is type, type(object) is type)
