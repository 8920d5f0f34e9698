# next(iterator, default) and the behaviour of exhausted generators.
def three():
    yield 1
    yield 2
    yield 3
    return "ret"

g = three()
print([next(g, "end") for _ in range(6)])

# The default hides the StopIteration value.
h = three()
for _ in range(3):
    next(h)
print(next(h, None))
print(next(h, "again"))

# Default can be any object, including a falsy one.
e = iter(())
print(next(e, 0), next(e, ""), next(e, []), next(e, False))

# First element or a fallback: a common idiom.
def first(seq, pred, default=None):
    return next((x for x in seq if pred(x)), default)

print(first(range(10), lambda x: x * x > 20))
print(first(range(3), lambda x: x > 5))
print(first(range(3), lambda x: x > 5, "none"))
print(first(["apple", "kiwi", "banana"], lambda s: len(s) == 4))

# next() on other iterators.
it = iter([10, 20])
print(next(it), next(it), next(it, "no more"))
d = iter({"k": 1, "j": 2})
print(next(d), next(d), next(d, "-"))
s = iter("hi")
print(next(s), next(s), next(s, "."))

# next() is not called on the generator object itself when defaulting.
def loud():
    print("  producing")
    yield "x"
    print("  finishing")

l = loud()
print(next(l, "d1"))
print(next(l, "d2"))
print(next(l, "d3"))

# next() without default, caught.
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", ex.args, ex.value)

# Manual iteration loop with a sentinel default.
END = object()
it = (c.upper() for c in "gen")
out = []
while (c := next(it, END)) is not END:
    out.append(c)
print(out)
