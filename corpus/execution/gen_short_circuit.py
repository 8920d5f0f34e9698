# Short-circuiting consumers stop pulling from the generator early.
def trace(values):
    for v in values:
        print("  produce", v)
        yield v

print("any:", any(trace([0, 0, 3, 0, 5])))
print("all:", all(trace([1, 2, 0, 4])))
print("in:", 2 in trace([1, 2, 3]))
print("next/filter:", next(filter(lambda v: v > 1, trace([1, 2, 3]))))
print("zip:", list(zip(trace("ab"), "x")))

# A for loop with break leaves the generator suspended.
g = trace(range(5))
for v in g:
    if v == 1:
        break
print("left over:", list(g))

# Conditional expressions and boolean operators with generators.
def maybe_empty(n):
    yield from range(n)

print(list(maybe_empty(0)) or "empty", list(maybe_empty(2)) or "empty")
# A generator object is always truthy, even when it would yield nothing.
print(bool(maybe_empty(0)), "truthy" if maybe_empty(0) else "falsy")

# min() and max() must see everything.
print("max:", max(trace([3, 9, 2])))

# sorted() consumes it all before returning anything.
r = sorted(trace([2, 1]))
print("sorted:", r)

# list() of a generator that raises halfway loses the partial result.
def half(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"stopped at {i}")
        yield i

collected = []
try:
    collected = list(half(5))
except ValueError as e:
    print("ValueError:", e, collected)

# A for loop keeps what it already processed.
collected = []
try:
    for v in half(5):
        collected.append(v)
except ValueError as e:
    print("ValueError:", e, collected)
