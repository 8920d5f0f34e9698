# Correctly rounded int / int (CPython's long_true_divide).
pairs = [(1, 3), (2 ** 60 + 1, 3), (10 ** 30, 7), (-(10 ** 25), 3 ** 40), (2 ** 1100, 2 ** 1050 + 1), (1, 2 ** 1074),
         (1, 2 ** 1080), (3, 2 ** 1075), (2 ** 53 + 1, 1), (2 ** 54 + 3, 2)]
for a, b in pairs:
    print(a / b)
for src in ["2 ** 2000 / 3", "1 / 0", "10 ** 400 / 10 ** -1"]:
    try:
        print(eval(src))
    except (OverflowError, ZeroDivisionError, TypeError) as e:
        print(src, type(e).__name__, e)
