# The metaclass is inherited; derived metaclasses win; unrelated ones conflict.
class MetaA(type):
    pass


class MetaB(MetaA):
    pass


class MetaC(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class C(metaclass=MetaC):
    pass


class SubA(A):
    pass


class AB(A, B):
    pass


print(type(SubA).__name__, type(AB).__name__)


class Explicit(B, metaclass=MetaA):
    pass


print(type(Explicit).__name__)
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(B, metaclass=MetaC):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(AB, MetaA), isinstance(AB, MetaB), isinstance(A, MetaB))
print(issubclass(MetaB, type), type(MetaB).__name__)


def func_meta(name, bases, ns):
    print("func_meta called for", name)
    ns["added"] = True
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.added, type(F).__name__)
