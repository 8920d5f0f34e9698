# Trial-division factorisation, divisors and perfect numbers.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors = factors + [d]
            n //= d
        d += 1
    if n > 1:
        factors = factors + [n]
    return factors


def format_factors(factors):
    text = ""
    i = 0
    while i < len(factors):
        p = factors[i]
        count = 0
        while i < len(factors) and factors[i] == p:
            count += 1
            i += 1
        if text != "":
            text = text + " * "
        if count > 1:
            text = text + f"{p}^{count}"
        else:
            text = text + str(p)
    return text


def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total


for n in [2, 12, 97, 360, 1001, 65536, 999999, 123456789, 9699690]:
    print(n, "=", format_factors(factorize(n)))
print(factorize(600851475143))
perfect = []
for n in range(2, 10000):
    if divisor_sum(n) == n:
        perfect = perfect + [n]
print("perfect:", perfect)
amicable = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable = amicable + [(a, b)]
print("amicable:", amicable)
