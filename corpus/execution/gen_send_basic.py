# yield as an expression: values arrive through send().
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    yield received

g = echo()
print(g.send(None))  # the first send must be None (same as next)
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(next(g))       # next() sends None -> loop ends, yields the list
try:
    next(g)
except StopIteration:
    print("done")

# next(g) is the same as g.send(None).
def show():
    while True:
        x = yield
        print("  got", repr(x))

s = show()
next(s)
s.send(1)
next(s)
s.send("two")
s.send(None)
s.send([3])

# The yielded value and the sent value are independent.
def doubler():
    x = 0
    while True:
        x = yield x * 2

d = doubler()
print([d.send(v) for v in [None, 1, 5, 10, -3]])

# Sending a non-None value to a just-started generator is an error.
fresh = doubler()
try:
    fresh.send(7)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None), fresh.send(7))

# Sending to an exhausted generator raises StopIteration.
def once():
    got = yield "only"
    print("  once got", got)

o = once()
print(next(o))
try:
    o.send("last")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    o.send("again")
except StopIteration:
    print("StopIteration again")

# yield inside expressions.
def mixed():
    total = (yield "first") + (yield "second")
    print("  total", total)
    yield [(yield "third"), (yield "fourth")]

m = mixed()
print(next(m), m.send(10), m.send(32), m.send("x"), m.send("y"))
