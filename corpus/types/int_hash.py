# hash() of ints equals CPython's: modulo 2**61 - 1, with -1 mapped to -2.
for n in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -2 ** 61, 2 ** 64 + 5, -2 ** 64, 2 ** 47, -2 ** 47,
          2 ** 47 - 1, -2 ** 47 - 1, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 10 ** 30, -10 ** 30, 2 ** 122 - 1, True, False]:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2 ** 53 else "")
print(hash(2 ** 61 - 1) == hash(0), hash(-(2 ** 61 - 1)), {2 ** 61 - 1: "a", 0: "b"})
