# while loops with break and continue.
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)
i = 0
while True:
    i += 1
    if i > 100:
        break
    if i % 7 != 0:
        continue
    print("multiple of 7:", i)
total = 0
k = 10
while k > 0:
    total += k
    k -= 1
print(total)
number = 9876543210
digit_sum = 0
while number > 0:
    digit_sum += number % 10
    number //= 10
print("digit sum:", digit_sum)
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        print(a, b)
        b += 1
    a += 1
count = 0
while count < 5:
    count += 1
print("count:", count)
while False:
    print("never")
x = 1
while x < 1000:
    x *= 3
print(x)
found = -1
candidates = [4, 8, 15, 16, 23, 42]
idx = 0
while idx < len(candidates):
    if candidates[idx] % 2 == 1:
        found = candidates[idx]
        break
    idx += 1
print("first odd:", found, "at", idx)
