# super(type, obj) and super(type, type): skipping classes in the MRO.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(B):
    def who(self):
        return "C"


c = C()
print(c.who(), super(C, c).who(), super(B, c).who())
try:
    super(A, c).who()
except AttributeError as e:
    print("AttributeError:", e)
print(super(C, C).who(c))


def outside(obj):
    return super(type(obj), obj).who()


print(outside(C()), outside(B()))
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
sup = super(B, c)
print(sup.who(), sup.__self__ is c, sup.__thisclass__ is B)


class D(C):
    def chain(self):
        return [super(cls, self).who() for cls in type(self).__mro__[:-2]]


print(D().chain())
