# Hand-written itertools-like helpers built from generators.
def count(start=0, step=1):
    while True:
        yield start
        start += step

def islice(it, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        yield x

def chain(*its):
    for it in its:
        yield from it

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

def accumulate(it, func=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total

print(list(islice(count(10, 5), 4)))
print(list(chain("ab", [1, 2], range(3))))
print(list(takewhile(lambda x: x < 20, count(1, 4))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 2, 8])))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([])))

# A complete pipeline over an infinite source.
squares = (n * n for n in count(1))
odd_squares = (s for s in squares if s % 2)
running = accumulate(odd_squares)
print(list(islice(running, 6)))

# Composed pipeline stages as a list of functions.
stages = [
    lambda it: (x for x in it if x % 3),
    lambda it: (x * 10 for x in it),
    lambda it: takewhile(lambda x: x < 200, it),
]
stream = count(1)
for stage in stages:
    stream = stage(stream)
print(list(stream))
