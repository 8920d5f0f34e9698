# yield from delegating to lists, tuples, strings, ranges, dicts and iterators.
def flat(*parts):
    for p in parts:
        yield from p

print(list(flat([1, 2], (3, 4), "ab", range(5, 8))))
print(list(flat({"x": 1, "y": 2}, {"z": 3}.values(), {"w": 4}.items())))
print(list(flat([], "", (), range(0))))
print(list(flat(iter([9, 8]), reversed([1, 2, 3]), enumerate("pq"))))
print(list(flat(map(abs, [-1, -2]), filter(None, [0, 5, 0, 6]), zip("ab", "cd"))))

# yield from an iterator that was partly consumed already.
it = iter(range(10))
next(it)
next(it)
def rest(iterator):
    yield "start"
    yield from iterator
    yield "end"

print(list(rest(it)))
print(list(rest(it)))  # the iterator is exhausted now

# yield from a list that grows while being delegated to.
def growing():
    data = [1, 2, 3]
    for_delegate = data
    def extend_and_yield():
        for x in for_delegate:
            if x < 6:
                for_delegate.append(x + 3)
            yield x
    yield from extend_and_yield()

print(list(growing()))

# The value of `yield from` on a non-generator iterable is None.
def value_of_plain():
    r = yield from [1, 2]
    yield ("result", r)

print(list(value_of_plain()))

# A class-based iterator as the delegate.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

def around(n):
    yield "<"
    yield from Countdown(n)
    yield ">"

print(list(around(4)))
print("".join(str(x) for x in around(3)))

# yield from a non-iterable raises TypeError when reached.
def bad():
    yield "before"
    yield from 42

b = bad()
print(next(b))
try:
    next(b)
except TypeError as e:
    print("TypeError:", e)
print(next(b, "exhausted"))
