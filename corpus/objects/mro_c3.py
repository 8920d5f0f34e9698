# C3 linearisation on classic examples.
def show(cls):
    print(cls.__name__, " ".join([c.__name__ for c in cls.__mro__]))


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


for cls in (K1, K2, K3, Z):
    show(cls)


class F(O): pass
class G(O): pass
class H(F, G): pass
class I(G, F): pass


show(H)
show(I)


class X: pass
class Y(X): pass
class W(X, object): pass


show(W)


class P1(Y, X): pass


show(P1)


class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass


show(Pedalo)
