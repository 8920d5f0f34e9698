# Recursive functions.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    if n >= 3:
        print("move disk", n, "from", source, "to", target)
    moves += 1
    moves += hanoi(n - 1, spare, target, source)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)


def count_down(n):
    if n < 0:
        return
    print(n, end=" ")
    count_down(n - 1)


def binary(n):
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for i in range(0, 31, 5):
    print("factorial", i, factorial(i))
for i in range(15):
    print(fib(i), end=" ")
print()
print("fib(20) =", fib(20))
print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
print(power(2, 100), power(3, 0), power(7, 13))
print("hanoi moves:", hanoi(5, "A", "C", "B"))
print("ackermann(2, 3) =", ackermann(2, 3))
print(sum_digits(2 ** 100))
count_down(10)
print()
print(binary(37), binary(1024), binary(0))
print(is_even(10), is_odd(7), is_even(15))
