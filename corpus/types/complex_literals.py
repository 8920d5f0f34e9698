# Complex literals and their repr: parentheses, signs, signed zeros, exponents.
values = [1j, 2.5j, 0j, -0j, 1e20j, 1e-5j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0j, -(0j), 3e16 + 1j]
for v in values:
    print(repr(v), str(v))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")))
print(complex(1e16, 1e-5), complex(123456789.0, 0.1))
print(type(1j).__name__, type(1 + 1j) is complex)
print((1+2j).real, (1+2j).imag, (5j).real, type((5j).real).__name__)
