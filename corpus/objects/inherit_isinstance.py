# isinstance and issubclass with classes, tuples and nested tuples.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (C, (D,))))
for cls in (A, B, C, D):
    print(cls.__name__, issubclass(cls, A), issubclass(cls, (C, B)), issubclass(cls, cls), issubclass(cls, object))
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3, ()), issubclass(bool, (str, (int,))))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(A(), type))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (int, 3))
except TypeError as e:
    print("TypeError:", e)
print(issubclass(int, (int, 3)) if False else "short-circuit ok")
print(isinstance(D(), (int, str, B)))
