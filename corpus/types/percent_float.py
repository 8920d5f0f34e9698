# printf-style float conversions: e E f F g G with flags, width and precision.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-5, 1e16, 2.5, float("inf"), float("-inf"), float("nan")]
for v in values:
    print("%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%F" % (v, v, v, v, v, v, v, v))
    print("%e|%.2e|%E|%12.3e|%g|%G|%.3g|%#g|%#.0f|%#.0e" % (v, v, v, v, v, v, v, v, v, v))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%f %e %g" % (5, 10**20, -3))
print("%.15g %.17g %.20f" % (0.1, 0.1, 0.1))
print("%-+012.4f|%+-012.4f|% 012.4f|" % (3.5, 3.5, -3.5))
