# yield from a generator: delegation and the return value of the subgenerator.
def sub(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    a = yield from sub(2)
    print("  sub(2) returned", a)
    b = yield from sub(3)
    print("  sub(3) returned", b)
    c = yield from sub(0)
    print("  sub(0) returned", c)
    return a + b + c

g = outer()
print(list(g))

g2 = outer()
results = []
while True:
    try:
        results.append(next(g2))
    except StopIteration as e:
        print("outer returned", e.value)
        break
print(results)

# Chains of delegation several levels deep.
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    yield f"enter {n}"
    depth = yield from level(n - 1)
    yield f"leave {n}"
    return depth + 1

def top():
    d = yield from level(3)
    yield f"depth {d}"

for item in top():
    print(item)

# A return value that is itself computed from yielded values.
def summing(values):
    total = 0
    for v in values:
        yield v
        total += v
    return total

def report(groups):
    grand = 0
    for name, values in groups:
        t = yield from summing(values)
        print(f"  {name}: {t}")
        grand += t
    return grand

r = report([("a", [1, 2, 3]), ("b", [10]), ("c", [])])
print(list(r))
r = report([("x", [4, 5])])
try:
    while True:
        next(r)
except StopIteration as e:
    print("grand", e.value)
