# Bitwise operators on small, negative and big integers.
a = 0b1100
b = 0b1010
print(a, b)
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(~b)
print(~0)
print(~-1)
print(a << 2)
print(a >> 2)
print(1 << 10)
print(1 << 62)
print(1 << 63)
print(1 << 64)
print(1 << 100)
print((1 << 100) >> 99)
print(-1 >> 1)
print(-8 >> 1)
print(-7 >> 1)
print(-1 << 4)
print(-5 & 3)
print(-5 | 3)
print(-5 ^ 3)
print(-5 & -3)
print(5 & -3)
print((2 ** 80 + 5) & 7)
print((2 ** 80) | 1)
print((2 ** 80) ^ (2 ** 80 + 3))
print(-(2 ** 80) & 255)
print(-(2 ** 80) >> 70)
print(0xff, 0o17, 0x7fffffffffffffff)
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
print(1 + 2 << 3)
print(1 + (2 << 3))
print(255 >> 1 + 1)
x = 1
count = 0
while x < 2 ** 70:
    x = x << 3
    count = count + 1
print(x, count)
n = 2024
bits = 0
while n:
    bits = bits + (n & 1)
    n = n >> 1
print("popcount(2024) =", bits)
print(True & False, True | False, True ^ True)
