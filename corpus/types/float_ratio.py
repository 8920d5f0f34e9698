# as_integer_ratio, is_integer, conjugate, real/imag.
for x in [1.5, 0.1, -0.25, 0.0, -0.0, 1e300, 5e-324, 3.0, 2.0 ** 60]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x, x.is_integer(), x.conjugate(), x.real, x.imag)
for x in [float("nan"), float("inf"), float("-inf")]:
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    print(x.is_integer())
class F(float): pass
f = F(2.5)
print(f.as_integer_ratio(), f.conjugate(), type(f.conjugate()).__name__, type(f.real).__name__)
