# Subclasses of float keep float's behaviour.
class F(float):
    def describe(self): return "F(" + repr(float(self)) + ")"
f = F(2.5)
print(f, repr(f), f.describe(), f + 1, type(f + 1).__name__, f.hex(), f.as_integer_ratio(), round(f), round(f, 0))
print(f.__round__(), f.__trunc__(), f.real, f.imag, f.conjugate(), f.is_integer(), int(f), divmod(f, 2))
print(F("1_0.5"), F(), F(3), F.fromhex("0x1p-2"), type(F.fromhex("0x1p-2")).__name__)
class G(float):
    def __round__(self, n=None): return "custom round"
print(round(G(1.5)), round(G(1.5), 2), hash(F(1.5)) == hash(1.5))
