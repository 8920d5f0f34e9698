# ** with floats: negative bases to fractional powers are complex, C99 special cases.
for a, b in [(2.0, 10), (2.0, -2), (-2.0, 3), (-2.0, 0.5), (-8.0, 1 / 3), (-1.0, float("inf")), (1.0, float("nan")),
             (float("nan"), 0), (0.0, 0), (-0.0, 3), (-0.0, -3.5) if False else (4.0, 0.5), (10.0, -300),
             (float("-inf"), 3), (float("-inf"), 2), (0.5, float("-inf")), (-2.5, 2.0)]:
    print(a, b, a ** b)
print(pow(-2.0, 0.5), pow(2.0, 3), (-27.0) ** (1 / 3), (-1) ** 0.5, 2 ** -1, (-2) ** -2)
for src in ["0.0 ** -1", "0.0 ** -1.5", "10.0 ** 400", "(-10.0) ** 400.5", "pow(2.0, 2, 3)", "pow(2, 2.0, 3)",
            "pow(2, 2, 3.0)", "0 ** -1"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
