# Exceptions and exhausted delegates with yield from.
def sub(n):
    for i in range(n):
        yield i
    return n * 100

# Delegating to an already-exhausted generator yields nothing and returns None.
s = sub(1)
print(list(s))
def again():
    v = yield from s
    yield ("again", v)

print(list(again()))

# An exception in the subgenerator propagates through the delegating one.
def failing():
    yield 1
    raise KeyError("inner")

def wrapper():
    try:
        yield from failing()
    except KeyError as e:
        yield f"caught {e!r}"
    yield "after"

print(list(wrapper()))

# Through several levels, with finally blocks on the way.
def level(n):
    try:
        if n == 0:
            yield "bottom"
            raise ValueError("from the bottom")
        yield from level(n - 1)
    finally:
        print(f"  unwinding level {n}")

try:
    for item in level(2):
        print(item)
except ValueError as e:
    print("ValueError:", e)

# A StopIteration raised in the subgenerator becomes RuntimeError there,
# and that RuntimeError propagates through yield from unchanged.
def bad_sub():
    yield "b"
    raise StopIteration("oops")

def delegator():
    try:
        yield from bad_sub()
    except RuntimeError as e:
        yield f"delegator saw RuntimeError: {e}"

print(list(delegator()))

# An exception raised by iter() of the delegate happens at the yield from.
class NotReally:
    def __iter__(self):
        raise OSError("cannot iterate")

def uses_bad():
    yield "first"
    yield from NotReally()

u = uses_bad()
print(next(u))
try:
    next(u)
except OSError as e:
    print("OSError:", e)
