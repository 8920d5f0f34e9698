# Exceptions raised inside a generator reach the consumer; the generator ends.
def risky(values):
    for v in values:
        if v < 0:
            raise ValueError(f"negative: {v}")
        yield v * 2

g = risky([1, 2, -3, 4])
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "generator is finished"))
print(g.gi_frame is None)

# Caught around a for loop.
try:
    for v in risky([5, -1, 6]):
        print("got", v)
except ValueError as e:
    print("loop stopped:", e)

# The exception carries the generator's frame in its traceback chain;
# a handler inside the generator can translate it.
def lookups(table, keys):
    for k in keys:
        try:
            yield table[k]
        except KeyError:
            yield f"<missing {k}>"

print(list(lookups({"a": 1, "b": 2}, ["a", "x", "b"])))

# An exception raised by the consumer does not affect the generator.
def source():
    for i in range(5):
        yield i

s = source()
try:
    for v in s:
        if v == 2:
            raise RuntimeError("consumer failed")
except RuntimeError as e:
    print(e)
print("generator continues:", list(s))

# Errors in arguments are raised at call time only for the call itself.
def needs_int(n):
    yield int(n)

g = needs_int("12x")
print("generator created")
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

# An exception during a genexp element.
values = ["1", "2", "three", "4"]
gen = (int(v) for v in values)
out = []
try:
    for n in gen:
        out.append(n)
except ValueError as e:
    print("ValueError:", e, out)
print(list(gen))
