# // % divmod of ints with every sign combination, big and small.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 70, 3), (-2 ** 70, 3), (2 ** 70, -2 ** 35), (5, 2 ** 80),
         (-5, 2 ** 80), (2 ** 47, 2 ** 47 - 1), (-2 ** 47, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for src in ["divmod(7, 0)", "5 % 0", "5 // 0", "5 / 0", "divmod(2 ** 70, 0)", "divmod(1, 'a')", "divmod('a', 1)"]:
    try:
        print(eval(src))
    except (ZeroDivisionError, TypeError) as e:
        print(src, type(e).__name__, e)
print(divmod(True, 2), divmod(7, True), divmod(7, 2.0), divmod(-7.5, 2))
