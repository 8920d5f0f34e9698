# Equal numbers hash equally across int, float, complex and bool.
vals = [0, 1, -1, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -2 ** 64, 2 ** 100, 1 / 2, -1 / 4, 1e300]
for v in vals:
    group = [v, float(v)] if isinstance(v, int) else [v]
    if abs(v) < 1e308:
        group.append(complex(v))
    print(v, [hash(g) for g in group], len({hash(g) for g in group}) == 1)
print(len({1, 1.0, 1 + 0j, True}), len({0, 0.0, -0.0, 0j, False}), {2 ** 70: 1}[float(2 ** 70)])
