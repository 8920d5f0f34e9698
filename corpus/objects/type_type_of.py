# type(x) returns the class of x; classes are instances of type.
values = [1, 2.5, "s", True, None, [1], (1,), {"a": 1}, {1}, frozenset(), range(3),
          int, type, object, len, print]
for v in values:
    print(type(v).__name__)


class A:
    pass


class B(A):
    pass


a, b = A(), B()
print(type(a) is A, type(b) is B, type(b) is A)
print(type(A) is type, type(B) is type, type(type) is type)
print(type(a).__name__, type(b).__mro__[1].__name__)
print(type(a)() is not a, type(type(a)()) is A)
print(type(True) is bool, type(1) is int, type(1 == 1).__name__)
print(a.__class__ is A, A.__class__ is type, (3).__class__ is int)
print(type(A.__dict__).__name__)
print(type(type(3)).__name__)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
