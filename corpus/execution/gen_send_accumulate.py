# Coroutine-style accumulators driven by send().
def running_total():
    total = 0
    count = 0
    while True:
        value = yield (total, count)
        total += value
        count += 1

acc = running_total()
print(next(acc))
for v in [5, 10, -3, 8]:
    print("send", v, "->", acc.send(v))

def prime(gen_func):
    def start(*args, **kwargs):
        g = gen_func(*args, **kwargs)
        next(g)
        return g
    return start

@prime
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n

a = averager()
for v in [10, 20, 30, 45]:
    print(f"avg after {v}: {a.send(v):.2f}")

@prime
def min_max():
    lo = hi = None
    while True:
        x = yield (lo, hi)
        if lo is None or x < lo:
            lo = x
        if hi is None or x > hi:
            hi = x

mm = min_max()
for v in [7, 3, 9, 3, 12, -1]:
    print("min/max", mm.send(v))

# A coroutine that forwards to another one.
@prime
def filter_even(target):
    while True:
        x = yield
        if x % 2 == 0:
            target.send(x)

@prime
def sink(store):
    while True:
        store.append((yield))

store = []
f = filter_even(sink(store))
for i in range(10):
    f.send(i)
print(store)

# Sending changes the sequence the generator produces.
def countdown(n):
    while n > 0:
        reset = yield n
        n = reset if reset is not None else n - 1

c = countdown(5)
out = [next(c), next(c), c.send(10), next(c), next(c), c.send(2), next(c)]
print(out, list(c))
