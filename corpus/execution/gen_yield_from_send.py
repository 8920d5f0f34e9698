# yield from forwards send() to the subgenerator.
def inner():
    log = []
    while True:
        x = yield f"inner has {log}"
        if x == "stop":
            return log
        log.append(x)

def outer():
    while True:
        result = yield from inner()
        print("  inner returned", result)
        if not result:
            return "outer done"
        cmd = yield "outer: another round?"
        print("  outer received", cmd)

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send("stop"))
print(g.send("yes"))
print(g.send("z"))
print(g.send("stop"))
print(g.send("again"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)

# send(None) is next(); a plain iterator delegate accepts only None.
def over_list():
    yield from [1, 2, 3]

o = over_list()
print(next(o), o.send(None))
try:
    o.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# Several levels deep, sends reach the innermost generator.
def adder():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def middle():
    t = yield from adder()
    yield ("middle saw", t)
    return t

def top():
    t = yield from middle()
    yield ("top saw", t)

t = top()
print(next(t))
print(t.send(5))
print(t.send(7))
print(t.send(None))
print(next(t))
print(next(t, "end"))
