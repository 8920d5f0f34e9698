# CPython's TypeErrors for bad bases: inconsistent MRO, duplicate bases, non-classes.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(3):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(object, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("J", (A, B), {})
except TypeError as e:
    print("TypeError:", e)


class OK(A, X):
    pass


print([c.__name__ for c in OK.__mro__])
