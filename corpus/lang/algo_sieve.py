# Sieve of Eratosthenes with a list of booleans.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


limit = 2000
flags = sieve(limit)
count = 0
primes = []
for n in range(limit + 1):
    if flags[n]:
        count += 1
        if n < 100:
            primes = primes + [n]
print(primes)
print("primes below", limit, ":", count)
largest = 0
for n in range(limit, 0, -1):
    if flags[n]:
        largest = n
        break
print("largest:", largest)
twins = 0
for n in range(3, limit - 1):
    if flags[n] and flags[n + 2]:
        twins += 1
        if n > 1800:
            print("twin pair", n, n + 2)
print("twin pairs:", twins)
gaps = {}
prev = 2
for n in range(3, limit + 1):
    if flags[n]:
        gap = n - prev
        if gap > 10:
            gaps[prev] = gap
        prev = n
print(gaps)
for n in range(10, 101, 10):
    c = 0
    for m in range(n + 1):
        if flags[m]:
            c += 1
    print(f"pi({n}) = {c}")
