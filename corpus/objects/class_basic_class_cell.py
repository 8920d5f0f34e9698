# The implicit __class__ cell: available in methods that use it (or super()).
class A:
    def which(self):
        return __class__

    def name(self):
        return __class__.__name__

    def nested(self):
        def inner():
            return __class__.__name__
        return inner()


class B(A):
    def which(self):
        return (__class__, super().which())


a, b = A(), B()
print(a.which() is A, a.name(), a.nested())
r = b.which()
print(r[0] is B, r[1] is A)
print(b.name())
print(b.nested())


class C:
    def get(self):
        return __class__

    @classmethod
    def cm(cls):
        return __class__ is C, cls is C

    @staticmethod
    def sm():
        return __class__.__name__


print(C().get() is C, C.cm(), C.sm())


class D(C):
    pass


print(D().get() is C, D.cm())
print(D.sm())
