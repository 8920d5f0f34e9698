# Comparisons across int, float and complex, exact at the 2**53 boundary.
big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big), float(big) == big, big + 1 < big + 2.0)
print(2 ** 1000 > 1e300, 2 ** 1024 > float("inf"), -2 ** 1024 < float("-inf"), 10 ** 400 == float("inf"))
print(1 == 1.0 == 1 + 0j, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), float("nan") != float("nan"))
print(sorted([3, 1.5, True, -2, 2 ** 60, -0.0, 0]), max(1, 2.5, 2), min(-1, -1.0))
print(1 < 2.5 < 3, 1e308 < 2 ** 1030, 3 == 3 + 0j, 3 != 3 + 1e-16j, [1, 2.0] == [1.0, 2])
x = float("nan")
print(x in [x], x == x, [x] == [x], (x,) == (x,))
