# float's attributes, and its operator methods called directly.
x = 2.5
print(x.__add__(1), x.__radd__(1), x.__sub__(1), x.__rsub__(1), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(1))
print(x.__floordiv__(2), x.__rfloordiv__(7), x.__mod__(2), x.__rmod__(7), x.__pow__(2), x.__rpow__(2))
print(x.__neg__(), x.__pos__(), x.__abs__(), (-x).__abs__(), x.__bool__(), (0.0).__bool__())
print(x.__eq__(2.5), x.__lt__(3), x.__add__("a"), x.__eq__("a"), x.__int__(), x.__float__())
print(x.__trunc__(), x.__round__(), x.__ceil__(), x.__floor__(), x.__getnewargs__())
names = [n for n in dir(float) if not n.startswith("__") or n in ("__round__", "__trunc__", "__divmod__")]
print(names)
print(float.fromhex("0x1p2"), float.hex(3.0), float.as_integer_ratio(0.75), float.is_integer(3.0))
