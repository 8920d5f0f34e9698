# 'g' and 'G': the switch between fixed and exponent notation, trailing zeros, '#'.
values = [0.0, 1.0, 10.0, 100000.0, 1000000.0, 1e-4, 1e-5, 0.00012345, 123456789.0, 1.5, -2.25e-7, 1e16, 3.0e15]
for v in values:
    print(format(v, "g"), format(v, "G"), format(v, ".1g"), format(v, ".3g"), format(v, "#g"), format(v, "#.3g"), format(v, ".10g"))
for p in range(0, 8):
    print(p, format(123456.789, ".%dg" % p), format(0.000123456, ".%dg" % p), format(100.0, "#.%dg" % p))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "g"), format(v, "G"), format(v, "#g"))
print(format(12345, "g"), format(1234567, "g"), format(-1234567, "G"), format(10**20, "g"))
print(format(1e-5, "n"), format(123456.0, "n"), format(1234567.0, "n"), format(0.5, ".2n"))
