# The '%' presentation type: times 100, fixed, a trailing percent sign.
values = [0.0, 1.0, 0.5, 0.12345, -0.025, 2.5, 1e-7, 123.456, float("inf"), float("nan"), float("-inf")]
for v in values:
    print(format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, "10.2%"), format(v, "<10.1%") + "|", format(v, "+.1%"))
print(format(0.5, "#.0%"), format(1234.5, ",.1%"), format(1234.5, "_%"), format(-0.5, "010.1%"))
print(format(1, "%"), format(-3, ".2%"), format(True, ".0%"))
print(f"{0.256:.1%} done", f"{3/8:>8.2%}")
