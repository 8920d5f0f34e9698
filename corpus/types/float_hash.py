# hash() of floats equals CPython's (and int's for integral values).
import sys
values = [0.0, -0.0, 1.0, -1.0, 1.5, -0.5, 0.1, 1e300, 1e-300, 2.0 ** 61, 2.0 ** 61 - 2 ** 9, 2.0 ** 64, -2.0 ** 63,
          float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308, 123456.789, 2.0 ** 47, -2.0 ** 47 - 1]
for v in values:
    print(repr(v), hash(v), hash(v) == hash(int(v)) if v == int(v) if v not in (float("inf"), float("-inf")) else False else "")
print(sys.hash_info.modulus if hasattr(sys, "hash_info") else 2305843009213693951)
print(hash(-1.0), hash(2305843009213693951.0), {1.0: "a", 1: "b"})
