# Generator expressions consumed by sum(), max(), any() and str.join — the
# everyday reductions: ~4 million generated items.
def run(n):
    total = 0
    for k in range(20):
        total += sum(i * i for i in range(n) if i % 3 != k % 3)
        total += max(x % 977 for x in range(k, n, 7))
        total += any(x > n for x in range(0, n, 5))
        total += len("".join(str(d) for d in range(k, k + 2000)))
    return total


print("genexp_reduce(120000) =", run(120000))
