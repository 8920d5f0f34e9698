# yield used in various expression positions.
def forms():
    a = yield 1
    print("  a =", a)
    b = (yield 2) + 100
    print("  b =", b)
    c = [(yield 3), (yield 4)]
    print("  c =", c)
    d = {"key": (yield 5)}
    print("  d =", d)
    e = yield
    print("  e =", e)
    f = yield (yield 6)
    print("  f =", f)
    print("  arg", (yield 7))
    return "done"

g = forms()
print(next(g))
print(g.send("A"))
print(g.send(1))
print(g.send("c0"))
print(g.send("c1"))
print(g.send("D"))
print(g.send("E"))
print(g.send("inner"))
print(g.send("F"))
try:
    g.send("P")
except StopIteration as e:
    print("stop:", e.value)

# yield a tuple without parentheses.
def tuples():
    yield 1, 2
    x = yield 3, 4
    yield x

t = tuples()
print(next(t), next(t), t.send("sent"))

# yield inside a lambda makes a generator function.
gen_lambda = lambda: (yield "from lambda")
lg = gen_lambda()
print(type(lg).__name__, next(lg))

# yield in conditional expressions and comparisons.
def cond():
    x = (yield "q1") if True else None
    y = (yield "q2") > 5
    yield x, y

c = cond()
print(next(c), c.send("ans"), c.send(10))

# yield as a statement whose value is ignored, with send.
def ignored():
    yield "first"
    yield "second"

i = ignored()
print(next(i), i.send("ignored value"))

# The sent value of the last yield before return.
def last_sent():
    x = yield
    y = yield x
    return (x, y)

l = last_sent()
next(l)
print(l.send("x-val"))
try:
    l.send("y-val")
except StopIteration as e:
    print(e.value)
