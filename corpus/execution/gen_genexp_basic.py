# Generator expressions: filters, multiple for clauses, laziness.
squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))  # exhausted: a genexp can be consumed only once

print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((a, b) for a in range(3) for b in range(a)))
print(list(c + d for c in "ab" for d in "xyz" if d != "y"))
print(list(x if x % 2 else -x for x in range(6)))
print(list((last := x) * 2 for x in range(3)), "walrus binds outside:", last)

# Laziness: the element expression runs only when asked.
def trace(x):
    print("  computing", x)
    return x * 10

lazy = (trace(i) for i in range(3))
print("created")
print("first", next(lazy))
print("rest", list(lazy))

# The loop variable does not leak into the enclosing scope.
k = "outer k"
total = sum(k for k in range(5))
print(total, k)

# Genexps capture enclosing variables by closure, read when evaluated.
base = 100
g = (base + i for i in range(3))
base = 200
print(list(g))

# Nested data
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(row[i] for row in matrix for i in range(len(row)) if i == matrix.index(row)))
print(list(sum(row) for row in matrix))
print(list(list(col) for col in zip(*matrix)))
flat = (v for row in matrix for v in row)
print(sum(flat), sum(flat))

# Tuple unpacking in the target.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print(list(f"{n}:{w}" for n, w in pairs))
print(list(w for n, (w, *_) in enumerate(["abc", "de"])))
print(dict((w, n) for n, w in pairs))

# Conditional on the outer loop and await-free async-free usage of walrus.
words = ["alpha", "be", "gamma", "pi", "delta"]
print(list((w, n) for w in words if (n := len(w)) > 2))
print(n)
