# round() of floats: correctly rounded for any ndigits, half to even.
for x in [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 0.285, 1234.5678, -0.0, 5e-324, 1e300, 1.7976931348623157e308]:
    print(repr(x), [round(x, n) for n in (-3, -1, 0, 1, 2, 3, 10)], round(x))
print(round(5e-324, 323), round(5e-324, 324), round(1.0, 10 ** 30), round(1.0, -10 ** 30), round(-1.5, -10**30))
print(round(1e300, -299), round(123.456, -1), round(-123.456, -2), round(5e-324, -1), round(0.5), round(-0.5))
print(round(float("nan"), 2), round(float("inf"), -1), round(1.5, None), type(round(1.5)).__name__)
for src in ["round(float('nan'))", "round(float('inf'))", "round(1.7976931348623157e308, -308)", "round(1.5, 1.0)",
            "round(1.5, '1')", "round()", "round(1, 2, 3)"]:
    try:
        print(eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
class Digits:
    def __index__(self): return 1
print(round(2.25, Digits()), (2.25).__round__(), (2.25).__round__(1))
