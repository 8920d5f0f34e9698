# List indexing and item assignment in a sieve and a bubble sort.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def bubble(n):
    items = [0] * n
    seed = 42
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        items[i] = seed % 100000
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items[0] + items[n - 1] * 7


print("primes below 2000000:", sieve(2000000))
print("bubble:", bubble(1500))
