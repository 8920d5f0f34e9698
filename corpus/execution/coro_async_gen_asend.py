# Async generators driven by hand: __anext__ and asend return awaitables.
def drive(awaitable):
    """Run an awaitable that never really suspends; return its result."""
    it = awaitable.__await__()
    try:
        while True:
            x = next(it)
            print("   (suspended with", repr(x), ")")
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


async def countdown(n):
    while n > 0:
        received = yield n
        print("  countdown received", repr(received))
        if received == "skip":
            n -= 1
        n -= 1


ag = countdown(5)
print(type(ag).__name__, hasattr(ag, "__anext__"), hasattr(ag, "__aiter__"))
print("aiter returns self:", ag.__aiter__() is ag)
print("first:", drive(ag.__anext__()))
print("asend hi:", drive(ag.asend("hi")))
print("asend skip:", drive(ag.asend("skip")))
print("anext:", drive(ag.__anext__()))
try:
    drive(ag.asend("last"))
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))

# Exhausted generator keeps raising StopAsyncIteration.
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("still exhausted")

# An async generator that awaits something between yields.
async def ticker(labels):
    for lab in labels:
        await Pause()
        yield lab.upper()

t = ticker(["a", "b"])
for _ in range(3):
    try:
        print("ticker gave", drive(t.__anext__()))
    except StopAsyncIteration:
        print("ticker done")

# The first asend must be None.
g = countdown(2)
try:
    drive(g.asend(1))
except TypeError as e:
    print("TypeError:", e)
print("aclose:", drive(g.aclose()))

# An async generator's return has no value.
async def early():
    yield 1
    return

e = early()
print(drive(e.__anext__()))
try:
    drive(e.__anext__())
except StopAsyncIteration as s:
    print("args:", s.args)
