# No presentation type: repr-like without a precision, 'g'-like (always a
# decimal point) with one.
values = [0.0, -0.0, 1.0, 1.5, 0.1, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 2.5e-7, 1/3, 2/3,
          1e22, 1.7976931348623157e308, 5e-324]
for v in values:
    print(repr(v), format(v, ""), format(v, ".1"), format(v, ".3"), format(v, ".12"), format(v, "#"), format(v, "#.3"))
for p in range(0, 8):
    print(p, format(1234.5, ".%d" % p), format(100.0, ".%d" % p), format(0.0001, ".%d" % p))
print(format(1e16, "20"), format(-1e16, "<20"), format(1.5, "+"), format(1.5, " "), format(1.5, "010"))
print(format(1234567.0, ","), format(1234567.0, "_"), format(1e20, ","), format(0.5, "^9,"))
print(format(float("nan"), ""), format(float("inf"), ".3"), format(float("-inf"), "#"))
