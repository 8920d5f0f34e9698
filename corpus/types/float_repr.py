# repr of floats: shortest round-trip digits, exponent thresholds.
values = [0.1, 0.2, 0.30000000000000004, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 1.0, 100.0, -0.0,
          1 / 3, 2 / 3, 3.141592653589793, 1e-07, 12345678901234567890.0, 0.1 + 0.2]
for v in values:
    print(repr(v), str(v), -v)
seed = 12345
for _ in range(60):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    bits = seed >> 11
    x = (bits / 2 ** 53 - 0.5) * 10.0 ** ((seed % 61) - 30)
    print(repr(x), float(repr(x)) == x, x.hex())
