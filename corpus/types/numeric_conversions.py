# Conversions between the numeric types and their limits around 2**53, 2**63, 2**64.
for n in [2 ** 47, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64, 2 ** 64 + 1, 2 ** 1023, 2 ** 1024 - 2 ** 970]:
    for m in [n, -n, n - 1, n + 3]:
        print(m, float(m), int(float(m)), complex(m).real == float(m))
for src in ["float(2 ** 1024)", "float(-2 ** 1024)", "2 ** 1024 / 1", "2 ** 2000 * 1.0", "complex(2 ** 1024)",
            "1e308 * 10", "int(1e308 * 10)"]:
    try:
        print(src, eval(src))
    except (OverflowError, ValueError) as e:
        print(src, type(e).__name__, e)
print((2 ** 1024 - 1) / 2 ** 1000, 2 ** 1100 // 3 ** 600, (10 ** 400) / (10 ** 399))
