# Unary operators and abs() across the numeric types.
for v in [5, -5, 0, 2 ** 70, -2 ** 70, 2.5, -0.0, float("-inf"), 3 + 4j, -3 - 4j, complex(-0.0, 0.0), True]:
    print(repr(v), repr(-v), repr(+v), repr(abs(v)))
for v in [5, -5, 2 ** 70, True]:
    print(~v)
for src in ["~1.5", "~1j", "-'a'", "abs('a')", "+[]"]:
    try:
        eval(src)
    except TypeError as e:
        print(e)
