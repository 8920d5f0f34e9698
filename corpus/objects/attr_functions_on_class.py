# Functions added to a class after creation become methods; on an instance they do not.
class Box:
    def __init__(self, v):
        self.v = v


def get_double(self):
    return self.v * 2


Box.double = get_double
b = Box(21)
print(b.double(), Box.double(b))
Box.triple = lambda self: self.v * 3
print(b.triple())
b.quad = lambda: b.v * 4
print(b.quad())
try:
    b.quad2 = get_double
    b.quad2()
except TypeError as e:
    print("TypeError:", e)


def add_method(cls):
    def describe(self):
        return cls.__name__ + "(" + repr(self.v) + ")"
    cls.describe = describe
    return cls


add_method(Box)
print(b.describe(), Box("s").describe())
Box.double = lambda self: "replaced"
print(b.double())
del Box.triple
print(hasattr(b, "triple"))
Box.count = staticmethod(lambda: "static!")
Box.make = classmethod(lambda cls, v: cls(v))
print(b.count(), Box.make(5).v, type(Box.make(1)).__name__)
print(sorted([k for k in vars(Box) if not k.startswith("__")]))
