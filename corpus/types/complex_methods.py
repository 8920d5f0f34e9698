# complex's attributes and methods: real/imag read-only, conjugate, __complex__, __getnewargs__.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), z.__complex__(), z.__getnewargs__(), z.__abs__(), z.__neg__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(2), z.__truediv__(2), z.__rtruediv__(1))
print(z.__pow__(2), z.__rpow__(2), z.__add__("x"), z.__eq__(3 - 4j), z.__ne__(3))
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__)
for name in ["conjugate", "real", "imag", "__complex__", "__getnewargs__", "__floordiv__", "__mod__",
             "__divmod__", "__int__", "__float__", "__round__", "__lt__"]:
    print(name, hasattr(z, name))
print(complex.conjugate(1j), complex.__complex__(2j))
try:
    complex.conjugate(1)
except TypeError as e:
    print(e)
print(z.__pow__(2, None), (1j).__rpow__(2), (1j).__pow__("a"), complex.__pow__(1j, 2))
try:
    z.__pow__(2, 3)
except ValueError as e:
    print(e)
