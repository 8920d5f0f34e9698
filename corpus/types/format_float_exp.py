# 'e' and 'E': exponent digits, precision, '#', widths.
values = [0.0, -0.0, 1.0, 12345.678, -0.000123, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, 9.9999, 0.5]
for v in values:
    print(format(v, "e"), format(v, "E"), format(v, ".0e"), format(v, "#.0e"), format(v, ".3e"), format(v, "15.2e"))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "e"), format(v, "E"), format(v, "010e"), format(v, "+e"))
print(format(9.9999, ".2e"), format(9.995, ".2e"), format(1.25, ".1e"), format(1.35, ".1e"))
print(format(123, "e"), format(-123, "E"), format(10**100, ".3e"))
print(format(12345.678, "+.2e"), format(12345.678, " .2e"), format(12345.678, "012.2e"), format(12345.678, "<12.2E") + "|")
print(format(1e5, ",e"), format(1e5, "_.1e"))
