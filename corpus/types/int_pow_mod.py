# Three-argument pow: modular inverse for negative exponents, and the errors.
for args in [(2, -1, 5), (3, 4, -5), (3, 0, 1), (-3, 5, 7), (2, -3, -7), (True, 2, 3), (38, -1, 97),
             (2, 10 ** 20, 10 ** 9 + 7), (-1, -1, 7), (0, 0, 5), (10 ** 30, -1, 7), (4, 0, -1)]:
    print(args, pow(*args))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), ("a", 2, 3), (2, 2, "3"),
             (1j, 2, 3), (2, 1j, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 3, None), pow(base=2, exp=5, mod=7), pow(2, -2), pow(-2, 3))
