# Thousands separators on floats: the integer part only, with zero padding.
values = [0.0, 1.5, 1234.5, -1234567.891, 1e10, 123456789.123456789, 1e22, -0.5]
for v in values:
    print(format(v, ",.2f"), format(v, "_.3f"), format(v, ",e"), format(v, "_g"), format(v, ","), format(v, ",.1%"))
for w in range(8, 16):
    print(w, repr(format(1234.5, "0%d,.2f" % w)), repr(format(-1234.5, "0%d_.1f" % w)), repr(format(1234.5, "0%d," % w)))
print(format(float("inf"), "010,"), format(float("nan"), ",.2f"), format(1234.5, "x=14,.2f"))
print(format(1234.5, "=+14,.2f"), format(1234.5, "^14_.2f"))
