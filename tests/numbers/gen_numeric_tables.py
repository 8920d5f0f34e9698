#!/usr/bin/env python3
"""Writes the numeric tables the `numbers` unit tests compare pyvm against.

usage: gen_numeric_tables.py OUTPUT

Every line is one case computed by this python3 (CPython 3.11 is the
reference); doubles are written as the hex of their IEEE bits so nothing is
lost in text:
  repr BITS TEXT            repr(x)
  round BITS N RESULT       round(x, N) as bits, or OverflowError
  int DECIMAL FLOAT HASH    float(n) as bits (or OverflowError) and hash(n)
  fhash BITS HASH           hash(x) for a float
  chash RE IM HASH          hash(complex(re, im))
The tables are built at build time, never checked in.
"""
import random
import struct
import sys


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def random_double(rng):
    kind = rng.randrange(6)
    if kind == 0:  # any finite bit pattern
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if x == x and abs(x) != float("inf"):
                return x
    if kind == 1:  # uniform magnitudes over the whole range
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 307)
    if kind == 2:  # everyday magnitudes
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-8, 17)
    if kind == 3:  # short decimals (ties and near-ties for round)
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind == 4:  # integers and halves
        return rng.randint(-10 ** 6, 10 ** 6) / rng.choice([1, 2, 4, 8, 1000])
    return rng.uniform(-1, 1) * 2.0 ** rng.randint(-1074, 1023)


def main():
    rng = random.Random(20261128)
    out = []
    for _ in range(100_000):
        x = random_double(rng)
        out.append("repr %s %s" % (bits(x), repr(x)))
    for _ in range(100_000):
        x = random_double(rng)
        r = rng.random()
        n = rng.randint(-5, 20) if r < 0.7 else rng.randint(-330, 330)
        try:
            res = bits(round(x, n))
        except OverflowError:
            res = "OverflowError"
        out.append("round %s %d %s" % (bits(x), n, res))
    ints = set()
    for e in (47, 53, 61, 63, 64, 1023, 1024):
        for off in list(range(-3, 4)) + [-(2 ** 11), 2 ** 10, 2 ** 10 + 1, -(2 ** 10) - 1]:
            for sign in (1, -1):
                ints.add(sign * (2 ** e + off))
    for _ in range(2000):
        ints.add(rng.randint(-(2 ** 70), 2 ** 70))
    for n in sorted(ints):
        try:
            f = bits(float(n))
        except OverflowError:
            f = "OverflowError"
        out.append("int %d %s %d" % (n, f, hash(n)))
    for _ in range(20_000):
        x = random_double(rng)
        out.append("fhash %s %d" % (bits(x), hash(x)))
    for x in (0.0, -0.0, float("inf"), float("-inf"), 2.0 ** 61, 2.0 ** 62, -(2.0 ** 63), 2.0 ** 64 + 2 ** 12):
        out.append("fhash %s %d" % (bits(x), hash(x)))
    for _ in range(5000):
        a, b = random_double(rng), random_double(rng)
        out.append("chash %s %s %d" % (bits(a), bits(b), hash(complex(a, b))))
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("\n".join(out) + "\n")
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])


if __name__ == "__main__":
    main()
