# __trunc__, __floor__, __ceil__, __int__, int(), math functions on floats.
import math
for x in [3.7, -3.7, -3.2, 0.5, -0.5, 1e300, -1e20, 2.0 ** 53 + 2, 0.0, -0.0]:
    print(repr(x), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__(), int(x), math.trunc(x), math.floor(x), math.ceil(x))
for x in [float("nan"), float("inf"), float("-inf")]:
    for f in [int, math.floor, math.ceil, float.__trunc__, float.__floor__, float.__ceil__]:
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("x")
except ValueError as e:
    print(e)
print((2.5).__getnewargs__(), float.__float__(1.5), (1.5).__float__())
