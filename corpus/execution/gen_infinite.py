# Infinite generators consumed with break, islice-like helpers, and zip.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

for n in naturals(5):
    if n * n > 60:
        break
    print("n", n, n * n)

print(take(15, fibonacci()))
print(take(7, cycle("abc")))
print(take(3, cycle([])))
print(list(zip(naturals(1), "xyz")))

# First Fibonacci number with 20 digits.
for i, f in enumerate(fibonacci()):
    if len(str(f)) >= 20:
        print("index", i, "value", f)
        break

# Collatz sequences driven by an infinite generator and a stop condition.
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(6)))
print(max(range(1, 30), key=lambda s: sum(1 for _ in collatz(s))))

# Powers of two below a limit, using a generator and a while loop.
def powers(base):
    p = 1
    while True:
        yield p
        p *= base

out = []
g = powers(2)
while (v := next(g)) < 1000:
    out.append(v)
print(out)

# `in` on an infinite generator terminates when the item is found.
print(144 in fibonacci())
print(next(n for n in naturals() if n % 7 == 0 and n % 5 == 0 and n > 0))

# A generator keeps its position between loops.
counter = naturals()
for n in counter:
    if n == 3:
        break
for n in counter:
    print("resumed at", n)
    break
