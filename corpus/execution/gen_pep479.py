# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause type:", type(e.__cause__).__name__)
    print("cause args:", e.__cause__.args)
    print("suppress context:", e.__suppress_context__)
print(next(g, "finished"))

# The usual way to trigger it: an unguarded next() on an exhausted iterator.
def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

try:
    print(list(pairs([1, 2, 3, 4])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# The fixed version: catch StopIteration and return.
def safe_pairs(seq):
    it = iter(seq)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(safe_pairs([1, 2, 3, 4, 5])))

# StopIteration caught inside the generator is fine.
def catches():
    try:
        raise StopIteration("inner")
    except StopIteration as e:
        yield f"caught {e}"

print(list(catches()))

# Other exceptions are not converted.
def other():
    yield 1
    raise LookupError("unchanged")

try:
    list(other())
except LookupError as e:
    print("LookupError:", e)
