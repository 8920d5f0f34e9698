# C.mro() returns a list; __mro__ is the tuple the VM uses.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


for cls in (A, B, C, D):
    m = cls.mro()
    print(cls.__name__, type(m).__name__, [c.__name__ for c in m], tuple(m) == cls.__mro__)
print(D.__mro__[0] is D, D.__mro__[-1] is object)
print(len(D.__mro__))
print(type.mro(D) == D.mro())
print([c.__name__ for c in int.mro()], [c.__name__ for c in bool.mro()])


class Meta(type):
    def mro(cls):
        default = super().mro()
        print("custom mro for", cls.__name__)
        return default


class X(metaclass=Meta):
    pass


class Y(X):
    pass


print([c.__name__ for c in Y.__mro__])
