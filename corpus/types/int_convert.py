# int() of floats, special methods, and its errors.
for x in [1.9, -1.9, 0.5, -0.0, 1e20, 2.0 ** 63, -2.0 ** 64, 9007199254740993.0, 1e300]:
    print(repr(x), int(x))
for x in [float("nan"), float("inf"), float("-inf")]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class WithTrunc:
    def __trunc__(self): return 3
class BadInt:
    def __int__(self): return "x"
class BoolInt:
    def __int__(self): return True
print(int(WithInt()), int(WithIndex()), int(True), int(BoolInt()))
for obj in [BadInt(), None, [], 1j, object()]:
    try:
        int(obj)
    except TypeError as e:
        print(e)
