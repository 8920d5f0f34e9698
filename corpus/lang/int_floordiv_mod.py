# Floor division and modulo follow the sign of the divisor.
values = [7, -7, 6, -6, 0, 1, -1, 13, -13]
divisors = [3, -3, 2, -2, 1, -1, 5, -5]
for a in values:
    for b in divisors:
        q = a // b
        r = a % b
        print(a, "//", b, "=", q, " ", a, "%", b, "=", r, " check", q * b + r == a)
print(-1 // 10, -1 % 10)
print(-10 // 10, -10 % 10)
print(-11 // 10, -11 % 10)
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print(-(2 ** 70) // 7, -(2 ** 70) % 7)
print(2 ** 70 // -7, 2 ** 70 % -7)
