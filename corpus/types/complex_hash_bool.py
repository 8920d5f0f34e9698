# hash() equals CPython's for complex (and agrees with int and float), bool().
values = [1 + 2j, -1 + 0j, 0j, 1j, -1j, complex(0, -1), 1.5 + 0j, complex(1e300, 1e300),
          complex(-1.5, 2.5), complex(2 ** 60, 0), complex(float("inf"), 0), complex(0, float("-inf"))]
for v in values:
    print(v, hash(v))
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j) == hash(-1))
print(bool(0j), bool(1j), bool(-0.0 + 0j), bool(complex(0, -0.0)), bool(complex("nan")))
d = {1: "int", 2.0: "float"}
d[1 + 0j] = "complex"
d[2 + 0j] = "complex2"
print(d)
