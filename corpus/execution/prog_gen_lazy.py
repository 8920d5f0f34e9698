# Lazy sequences: an incremental prime sieve, permutations, N-queens with
# generator backtracking, and recursive tree walks with yield from.

def primes():
    """Incremental sieve of Eratosthenes: maps each upcoming composite to its primes."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result


def prime_factors(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n


print("first primes:", take(20, primes()))
below_100 = []
for p in primes():
    if p >= 100:
        break
    below_100.append(p)
print("primes below 100:", len(below_100), "largest:", below_100[-3:])
twins = ((p, q) for p, q in zip(primes(), take(200, primes())[1:]) if q - p == 2)
print("twin primes:", take(8, twins))
for n in [360, 97, 1001, 2 ** 10 * 3, 999983 * 2]:
    print(f"{n} = {' * '.join(str(f) for f in prime_factors(n))}")


def permutations(items):
    if not items:
        yield ()
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + rest


def derangements(items):
    for perm in permutations(items):
        if all(a != b for a, b in zip(perm, items)):
            yield perm


print("permutations of 'abc':", ["".join(p) for p in permutations("abc")])
print("derangements of 1..4:", list(derangements((1, 2, 3, 4))))
print("count of derangements of 6:", sum(1 for _ in derangements(tuple(range(6)))))


def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


first = next(queens(8))
print("first 8-queens solution:", first)
for r in range(8):
    print("  " + " ".join("Q" if first[r] == c else "." for c in range(8)))
print("solutions for n=1..7:", [sum(1 for _ in queens(n)) for n in range(1, 8)])


class Node:
    def __init__(self, name, size=0, children=()):
        self.name = name
        self.size = size
        self.children = list(children)

    def walk(self, path=""):
        here = f"{path}/{self.name}" if path else self.name
        yield here, self
        for child in self.children:
            yield from child.walk(here)

    def total(self):
        return self.size + sum(c.total() for c in self.children)


def find(root, predicate):
    return (path for path, node in root.walk() if predicate(node))


root = Node("root", children=[
    Node("src", children=[Node("main.py", 120), Node("util.py", 45),
                          Node("pkg", children=[Node("a.py", 10), Node("b.py", 300)])]),
    Node("docs", children=[Node("index.md", 80)]),
    Node("empty"),
    Node("setup.cfg", 15),
])

for path, node in root.walk():
    kind = "dir " if node.children or node.size == 0 else "file"
    print(f"{kind} {node.total():>5} {path}")
print("big files:", list(find(root, lambda n: n.size > 100)))
print("empty dirs:", list(find(root, lambda n: not n.children and n.size == 0)))
largest = max(root.walk(), key=lambda item: item[1].size)
print("largest:", largest[0], largest[1].size)
