# Integers have no size limit.
def factorial(n):
    result = 1
    k = 2
    while k <= n:
        result = result * k
        k = k + 1
    return result


print(2 ** 100)
print(2 ** 64)
print(2 ** 64 - 1)
print(-(2 ** 100))
print(factorial(20))
print(factorial(21))
print(factorial(30))
print(factorial(52))
big = 2 ** 100
print(big + 1)
print(big - 1)
print(big * big)
print(big // 3)
print(big % 3)
print(big // -3)
print(big % -3)
print(-big // 3)
print(-big % 3)
print(big // big)
print(big - big)
print(big == 2 ** 100)
print(big > 2 ** 99)
print(big < -big)
print(big / 2 ** 50)
print(2 ** 200 // 2 ** 150)
print(10 ** 30)
print(10 ** 30 + 7)
print((10 ** 30 + 7) % 1000000007)
print(12345678901234567890 * 98765432109876543210)
print(-12345678901234567890 * 98765432109876543210)
print(3 ** 100)
print(7 ** 77 % 1000)
print(abs(-(3 ** 50)))
x = 1
i = 0
while i < 10:
    x = x * 1000003
    i = i + 1
print(x)
while x > 1000:
    x = x // 1000
print(x)
n = 2 ** 127 - 1
digits = 0
m = n
while m > 0:
    m = m // 10
    digits = digits + 1
print(n, "has", digits, "digits")
print(str(2 ** 90))
print(len(str(factorial(100))))
print(int("123456789012345678901234567890") + 1)
print(type(2 ** 100))
