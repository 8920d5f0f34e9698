# Fibonacci numbers: iterative with big ints, memo list, and ratio.
def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def fib_memo(n, memo):
    if memo[n] != -1:
        return memo[n]
    result = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = result
    return result


for n in range(0, 101, 10):
    print(n, fib_iter(n))
print(fib_iter(150))
print(fib_iter(300))
memo = [-1] * 201
memo[0] = 0
memo[1] = 1
print(fib_memo(200, memo))
print(fib_memo(200, memo) == fib_iter(200))
prev = 1
cur = 1
for i in range(1, 16):
    prev, cur = cur, prev + cur
    print(i, cur / prev)
even_sum = 0
a, b = 1, 2
while a < 4000000:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print("even sum:", even_sum)
digits = 0
a, b = 0, 1
index = 0
while digits < 100:
    a, b = b, a + b
    index += 1
    digits = len(str(a))
print("first fib with 100 digits: index", index)
