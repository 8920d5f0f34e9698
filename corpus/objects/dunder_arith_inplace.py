# In-place operators: __iadd__ and friends, and the fallback to __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))

    def __isub__(self, other):
        self.items = [i for i in self.items if i not in other]
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __repr__(self):
        return "Bag(" + repr(self.items) + ")"


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
c = b + [4]
print(c, c is b)
b -= [2]
print(b)
b *= 2
print(b, alias)


class NoInplace:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoInplace(self.v + o)

    def __pow__(self, o):
        return NoInplace(self.v ** o)


x = NoInplace(1)
y = x
x += 5
x **= 2
print(x.v, y.v, x is y)


class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"


r = ReturnsOther()
r += 1
print(r)


class AllInplace:
    def __init__(self):
        self.log = []

    def _rec(name):
        def f(self, o):
            self.log.append(name + " " + repr(o))
            return self
        return f
    __isub__ = _rec("isub"); __imul__ = _rec("imul"); __itruediv__ = _rec("itruediv")
    __ifloordiv__ = _rec("ifloordiv"); __imod__ = _rec("imod"); __ipow__ = _rec("ipow")
    __ilshift__ = _rec("ilshift"); __irshift__ = _rec("irshift"); __iand__ = _rec("iand")
    __ior__ = _rec("ior"); __ixor__ = _rec("ixor"); __imatmul__ = _rec("imatmul")


a = AllInplace()
a -= 1; a *= 2; a /= 3; a //= 4; a %= 5; a **= 6
a <<= 7; a >>= 8; a &= 9; a |= 10; a ^= 11; a @= 12
print(a.log)
lst = [1]
lst2 = lst
lst += [2]
t = (1,)
t2 = t
t += (2,)
print(lst, lst2, t, t2)
