# int's methods and attributes.
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator,
          n.real, n.imag, n.conjugate(), type(n.conjugate()).__name__)
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (7).__index__(), (7).__int__())
print((7).__float__(), (7).__getnewargs__(), (7).__divmod__(2), (7).__rdivmod__(-20), (7).__divmod__(2.0))
print((7).__abs__(), (-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__(), (7).__bool__(), (0).__bool__())
print(True.__trunc__(), type(True.__round__()).__name__, type(True.real).__name__, True.numerator)
names = [n for n in dir(int) if not n.startswith("_")]
print([n for n in names if n not in ("to_bytes", "from_bytes")])
print([n for n in dir(bool) if n not in dir(int)])
