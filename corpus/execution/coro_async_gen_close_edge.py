# Edge cases of closing and throwing into async generators.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value

# Yielding in response to aclose is an error.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn ignoring GeneratorExit")
        yield 2

s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    drive(s.__anext__())
except StopAsyncIteration:
    print("stubborn exhausted")

# athrow with a class instead of an instance.
async def catcher():
    try:
        yield "ready"
    except ZeroDivisionError as e:
        print("  caught", type(e).__name__, e.args)
        yield "recovered"

c = catcher()
drive(c.__anext__())
print(drive(c.athrow(ZeroDivisionError)))
drive(c.aclose())

# asend after athrow finished the generator.
async def single():
    yield 1

s1 = single()
drive(s1.__anext__())
try:
    drive(s1.athrow(OSError("stop")))
except OSError as e:
    print("OSError:", e)
try:
    drive(s1.asend(None))
except StopAsyncIteration:
    print("exhausted after athrow")
# aclose on an exhausted generator is a no-op; aclose twice is fine.
async def two():
    yield 1
    yield 2

t = two()
print([drive(t.__anext__()) for _ in range(2)])
print("aclose exhausted ->", drive(t.aclose()), drive(t.aclose()))

# Catching GeneratorExit and returning normally is allowed.
async def polite():
    try:
        yield "x"
    except GeneratorExit:
        print("  polite cleanup")
        raise

p = polite()
drive(p.__anext__())
print("polite aclose ->", drive(p.aclose()))
