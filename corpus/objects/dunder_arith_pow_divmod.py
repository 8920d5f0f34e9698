# __pow__ with a modulus, __divmod__/__rdivmod__, and pow().
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        print("__pow__", exp, mod)
        if mod is None:
            return Mod(self.v ** exp)
        return Mod(pow(self.v, exp, mod))

    def __rpow__(self, base):
        return Mod(base ** self.v)

    def __divmod__(self, other):
        return (Mod(self.v // other), Mod(self.v % other))

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __repr__(self):
        return f"Mod({self.v})"


m = Mod(7)
print(m ** 2, pow(m, 2), pow(m, 2, 5), 2 ** m)
print(divmod(m, 3), divmod(20, m))
print(divmod(17, 5), divmod(-17, 5), pow(3, 4, 5))
try:
    divmod("a", m)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(m, "a") if False else divmod(object(), 2)
except TypeError as e:
    print("TypeError:", e)
