# athrow() and aclose() on async generators, with try/finally inside.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value

async def resilient():
    n = 0
    try:
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print("  gen caught ValueError:", e)
                n = 100
    finally:
        print("  gen cleanup at n =", n)

g = resilient()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print("athrow ->", drive(g.athrow(ValueError("reset"))))
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

# athrow with an exception the generator does not handle.
async def fragile():
    try:
        yield "one"
        yield "two"
    finally:
        print("  fragile finally")

f = fragile()
print(drive(f.__anext__()))
try:
    drive(f.athrow(KeyError("boom")))
except KeyError as e:
    print("propagated:", repr(e))

# aclose on a never-started generator does not run its body.
f2 = fragile()
print("aclose unstarted ->", drive(f2.aclose()))
