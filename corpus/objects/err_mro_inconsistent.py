# Uncaught TypeError: no consistent MRO.
class A: pass
class B(A): pass


print("defining C")


class C(A, B):
    pass
