# type.__call__: __new__ then __init__; __init__ skipped when __new__ returns a non-instance.
class A:
    def __new__(cls, *args):
        print("A.__new__", args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("A.__init__", args)


class B:
    def __new__(cls, make_a):
        print("B.__new__")
        if make_a:
            return A(1)
        return super().__new__(cls)

    def __init__(self, make_a):
        print("B.__init__", make_a)


a = A(1, 2)
b1 = B(False)
b2 = B(True)
print(type(b1).__name__, type(b2).__name__)


class C(A):
    pass


c = C(3)
print(type(c).__name__)


class Sub(B):
    pass


s = Sub(False)
print(type(s).__name__)


class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(NewOnly(5).x)
try:
    NewOnly()
except TypeError as e:
    print("TypeError:", e)


class InitReturns:
    def __init__(self):
        return None


print(type(InitReturns()).__name__)
