# yield from forwards throw() to the subgenerator.
def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("  inner handled", e)
            yield "inner recovered"
        except KeyError as e:
            print("  inner returning on", repr(e))
            return "inner result"

def outer():
    try:
        r = yield from inner()
        print("  yield from returned", r)
        yield "outer continues"
    except TypeError as e:
        print("  outer caught", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("propagated out:", e)
print(next(g, "exhausted"))

# An exception the subgenerator does not handle reaches the delegating generator.
g = outer()
next(g)
print(g.throw(TypeError("t1")))
print(next(g, "exhausted"))

# throw() when the delegate is a plain iterator (no throw method): raised in outer.
def over_iter():
    try:
        yield from iter([1, 2, 3])
    except RuntimeError as e:
        yield f"outer got {e}"

h = over_iter()
print(next(h))
print(h.throw(RuntimeError("boom")))
print(list(h))

# A subgenerator with a finally block: it runs when the throw passes through.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  guarded finally")

def wrap():
    try:
        yield from guarded()
    except LookupError as e:
        print("  wrap caught", type(e).__name__)
    yield "wrap end"

w = wrap()
print(next(w))
print(w.throw(IndexError))
print(next(w, "exhausted"))
