# 'f' and 'F': rounding (half-even on exact binary values), precisions, widths.
values = [0.0, 1.0, -1.5, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -0.001, 1e-10, 1e22, 123456789.987654321]
for v in values:
    print(repr(v), format(v, "f"), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(v, ".10f"))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "F"), format(v, ".2f"), format(v, "+F"))
print(format(1e300, ".2f")[:40], len(format(1e300, ".2f")))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-2.5, ".0f"), format(0.05, ".1f"))
print(format(1.0, "#.0f"), format(1.0, ".0f"), format(12.0, "#f"))
print(format(3.14159, "10.3f"), format(3.14159, "<10.3f"), format(3.14159, "^10.3f"), format(-3.14159, "=10.3f"))
print(format(3.14159, "010.3f"), format(-3.14159, "010.3f"), format(3.14159, "+010.3f"), format(3.14159, " 010.3f"))
print(format(5, "f"), format(-5, ".2f"), format(10**20, ".1f"), format(True, ".1f"))
print(format(1/3, ".30f"), format(0.1, ".25f"))
