# The first iterable of a generator expression is evaluated when it is created.
def numbers(n):
    print(f"  numbers({n}) called")
    return list(range(n)) if n >= 0 else n


lazy_inner = (x * y for x in numbers(3) for y in numbers(-1))
print("inner iterable not evaluated yet")
try:
    next(lazy_inner)
except TypeError as e:
    print("inner fails only when iterated:", e)

squares = (x * x for x in numbers(4))
print("created squares:", list(squares))

pairs = ((a, b) for a in numbers(2) for b in numbers(a + 1))
print("pairs:", list(pairs))

broken = (x * x for x in numbers(-5))
print("not reached")
