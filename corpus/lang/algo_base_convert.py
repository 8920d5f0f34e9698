# Converting integers between bases by hand.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return sign + out


def digit_value(ch):
    i = 0
    while i < len(digits):
        if digits[i] == ch:
            return i
        i += 1
    return -1


def from_base(s, base):
    value = 0
    for ch in s:
        value = value * base + digit_value(ch)
    return value


for n in [0, 1, 5, 10, 255, 256, 1000, -42, 2 ** 64, 3 ** 50]:
    b2 = to_base(n, 2)
    b16 = to_base(n, 16)
    print(n, b2, to_base(n, 8), b16, to_base(n, 36))
    print("  hex check:", b16 == f"{n:x}")
for s, base in [("ff", 16), ("777", 8), ("101010", 2), ("zz", 36), ("python", 36)]:
    v = from_base(s, base)
    print(s, "base", base, "=", v, "->", to_base(v, base))
n = 2 ** 100
print(from_base(to_base(n, 7), 7) == n)
print(to_base(n, 3))
