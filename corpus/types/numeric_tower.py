# Mixed int/float/complex arithmetic promotes as CPython does.
values = [3, -2, 2.5, -0.5, 1 + 1j, True]
for a in values:
    row = []
    for b in values:
        row.append(repr(a + b) + "," + repr(a * b) + "," + repr(a - b))
    print(" ".join(row))
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + 1.0).__name__)
print(2 ** 0.5, 2 ** -1, (-2) ** 0.5, 4 ** 0.5, 10 ** -2, 1j ** 2, 2 ** 1j)
print(1 / 3, 1 // 3, 1 / 3.0, 2 ** 100 / 3, 2 ** 100 // 3, (2 ** 100) / (2 ** 99))
