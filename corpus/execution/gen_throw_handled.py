# What throw() does in the different states of a generator.
def worker():
    print("  worker started")
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  worker handled", e)
        yield "recovered"
    yield 3

# Thrown into a suspended generator and handled: throw returns the next yield.
g = worker()
print(next(g))
print(g.throw(ValueError("first")))
print(next(g))
print(next(g, "end"))

# Thrown and not handled: it propagates out and the generator is finished.
g = worker()
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(g, "finished"))

# Thrown into a just-started generator: the body never runs.
g = worker()
try:
    g.throw(ValueError("too early"))
except ValueError as e:
    print("ValueError before start:", e)
print(next(g, "finished"))

# Thrown into an exhausted generator: simply raised.
g = worker()
print(list(g))
try:
    g.throw(ValueError("too late"))
except ValueError as e:
    print("ValueError after end:", e)

# Handled, and the generator returns: throw raises StopIteration with the value.
def returner():
    try:
        yield "waiting"
    except ArithmeticError as e:
        return f"returned after {type(e).__name__}"

r = returner()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration:", e.value)

# The generator converts the exception to another one.
def converter():
    try:
        yield
    except LookupError as e:
        raise RuntimeError("converted") from e

c = converter()
next(c)
try:
    c.throw(IndexError("idx"))
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
