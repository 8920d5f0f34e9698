# Big ints: every presentation type, grouping, padding.
big = 2**200 + 12345
neg = -(3**150)
for v in [big, neg, 10**50]:
    print(format(v, "d"))
    print(format(v, ","))
    print(format(v, "_"))
    print(format(v, "#x"), format(v, "_X"))
    print(format(v, "#o"))
    print(format(v, "b")[:40], len(format(v, "b")), len(format(v, "_b")))
    print(format(v, ".3e"), format(v, "g"), format(v, ".2%")[:12])
    print(format(v, ">80"))
    print(format(v, "080,"))
print(format(2**64, "+"), format(-2**64, " "), format(2**63 - 1, "=+25"))
try:
    format(10**400, "e")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(10**5000, "d")
except ValueError as e:
    print("ValueError", str(e)[:40])
print(len(format(10**5000, "x")))
