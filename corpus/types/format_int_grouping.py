# Thousands separators on ints: ',' and '_', with widths and zero padding.
values = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**12, -10**15 - 1]
for v in values:
    print(format(v, ","), format(v, "_"), format(v, "15,"), format(v, "<15_"), format(v, "015,"), format(v, "+015_"))

# Zero padding groups the padding zeros too; only with '0' fill and '=' alignment.
for w in range(1, 12):
    print(w, repr(format(1234, "0%d," % w)), repr(format(1234, "0=%d_" % w)), repr(format(1234, "0>%d," % w)))

print(format(1234, "x=12,"), format(-1234, "x=12,"), format(1234, "^12,"))
print(format(1234567, ",d"), format(1234567, "_d"))
print(format(10**30, ","))
print(format(-10**30, "_"))
