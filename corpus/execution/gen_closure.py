# Generators that close over variables of enclosing functions.
def make_counter(start):
    total = start

    def gen(limit):
        nonlocal total
        while total < limit:
            yield total
            total += 1

    def peek():
        return total

    return gen, peek

gen, peek = make_counter(3)
g = gen(6)
print(next(g), peek())
print(next(g), peek())
print(list(g), peek())
print(list(gen(8)), peek())

def multipliers(factors):
    for f in factors:
        def scale(values, f=f):
            for v in values:
                yield v * f
        yield scale

for scale in multipliers([1, 10, 100]):
    print(list(scale([1, 2, 3])))

# Late binding: the closure sees the variable's current value when it resumes.
def late():
    fns = []
    for i in range(3):
        def g():
            yield i
        fns.append(g)
    return fns

print([next(f()) for f in late()])

def outer():
    prefix = "<"
    def inner(words):
        for w in words:
            yield prefix + w + ">"
    gen = inner(["a", "b", "c"])
    first = next(gen)
    prefix = "["
    return [first] + list(gen)

print(outer())

# A generator that updates a list held by its closure.
def logger():
    log = []
    def watch(seq):
        for s in seq:
            log.append(s)
            yield s.upper()
    return log, watch

log, watch = logger()
w = watch(["x", "y", "z"])
print(next(w), log)
print(next(w), log)
print(list(w), log)
