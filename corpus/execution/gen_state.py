# Local state of a generator survives between next() calls.
def stateful():
    a = 1
    b = [a]
    yield a, list(b)
    a += 10
    b.append(a)
    yield a, list(b)
    for i in range(2):
        b.append(i)
        yield i, list(b)
    yield "end", b

print(list(stateful()))

# Independent instances do not share state.
def counter(name):
    n = 0
    while True:
        n += 1
        yield f"{name}{n}"

x = counter("x")
y = counter("y")
print([next(x), next(x), next(y), next(x), next(y), next(y)])

# Variables in nested loops keep their values across yields.
def grid(rows, cols):
    for r in range(rows):
        line = ""
        for c in range(cols):
            line += "#" if (r + c) % 2 else "."
            yield r, c, line

for item in grid(2, 3):
    print(item)

# A generator's locals can be different objects on each resume.
def swapper(a, b):
    while True:
        yield a, b
        a, b = b, a + b

s = swapper("x", "y")
print([next(s) for _ in range(4)])

# The loop iterator inside the generator is preserved too.
def pairs_from(it):
    it = iter(it)
    for a in it:
        for b in it:
            yield a, b
            break

print(list(pairs_from(range(7))))

# Exception handlers and with state kept while suspended.
def counting_errors(values):
    errors = 0
    for v in values:
        try:
            yield 100 // v
        except ZeroDivisionError:
            errors += 1
            yield f"error #{errors}"
    yield f"total errors {errors}"

print(list(counting_errors([5, 0, 20, 0, 0, 1])))

# Recursion-free state machine: the generator's position encodes the state.
def traffic_light():
    while True:
        for color, ticks in (("green", 3), ("yellow", 1), ("red", 2)):
            for t in range(ticks):
                yield f"{color}:{t}"

light = traffic_light()
print(" ".join(next(light) for _ in range(9)))
