# A generator pipeline: numbers flow through four chained generators (filter,
# map, windowing, running total) — ~3 million resumptions.
def numbers(n):
    for i in range(n):
        yield i


def odd_only(items):
    for x in items:
        if x & 1:
            yield x


def squared(items):
    for x in items:
        yield x * x % 1000


def pairs(items):
    prev = None
    for x in items:
        if prev is not None:
            yield prev + x
        prev = x


def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total


def run(n):
    last = 0
    for last in running_total(pairs(squared(odd_only(numbers(n))))):
        pass
    return last


print("gen_pipeline(1200000) =", run(1200000))
