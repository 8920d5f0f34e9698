# Every combination of the flags - + space # 0 on a few conversions.
flags = "-+ #0"
combos = ["".join(c for k, c in enumerate(flags) if n & (1 << k)) for n in range(32)]
for conv, value in [("d", -42), ("d", 42), ("x", 255), ("o", 8), ("e", 1234.5), ("f", -0.5), ("g", 0.0001), ("s", "ab")]:
    row = ["%" + f + "8" + conv for f in combos]
    print(conv, value, "|".join(fmt % value for fmt in row))
