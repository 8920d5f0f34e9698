# Bitwise operators on a set-like class, with reflected and in-place forms.
class Flags:
    names = ["read", "write", "exec", "admin"]

    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *names):
        bits = 0
        for n in names:
            bits |= 1 << cls.names.index(n)
        return cls(bits)

    def __or__(self, o): return Flags(self.bits | int(o))
    def __and__(self, o): return Flags(self.bits & int(o))
    def __xor__(self, o): return Flags(self.bits ^ int(o))
    __ror__ = __or__
    __rand__ = __and__

    def __invert__(self):
        return Flags(~self.bits & 0b1111)

    def __int__(self):
        return self.bits

    def __contains__(self, name):
        return bool(self.bits & (1 << self.names.index(name)))

    def __repr__(self):
        return "Flags(" + "|".join([n for n in self.names if n in self]) + ")"


rw = Flags.of("read", "write")
print(rw, rw | Flags.of("exec"), rw & Flags.of("write"), rw ^ Flags.of("read", "admin"))
print(~rw, 8 | rw, 1 & rw)
x = Flags()
x |= Flags.of("admin")
x |= Flags.of("read")
print(x, "admin" in x, "write" in x)
print(int(x), int(~x))
