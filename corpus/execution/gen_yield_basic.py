# Generator functions with yield statements: for loops, next(), exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def letters():
    yield "a"
    yield "b"
    yield "c"

def empty():
    return
    yield  # never reached, but makes this a generator function

def with_none():
    yield
    yield None
    yield 0

for x in count_up(4):
    print("count", x)

g = letters()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")

print(list(empty()))
print(list(with_none()))
print(list(count_up(0)), list(count_up(3)))

# Each call makes an independent generator.
a = count_up(3)
b = count_up(3)
print(next(a), next(a), next(b), next(a), next(b))

# iter(g) is g itself; a generator is its own iterator.
c = letters()
print(iter(c) is c, iter(iter(c)) is c)
print(hasattr(c, "__next__"), hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))

# A generator function object is an ordinary function.
print(type(count_up).__name__, count_up.__name__, callable(count_up))

# The body does not run until the first next().
def noisy():
    print("  body started")
    yield 1
    print("  after first yield")
    yield 2
    print("  body ending")

n = noisy()
print("created")
print("got", next(n))
print("got", next(n))
print("rest", list(n))
print("rest again", list(n))
