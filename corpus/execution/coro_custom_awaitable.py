# Awaitables: classes whose __await__ returns an iterator (a generator here).
class Value:
    """Awaiting it completes immediately with a value."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield  # makes __await__ a generator function

class Ticks:
    """Suspends n times before completing."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return f"ticked {self.n}"

class IterAwait:
    """__await__ may return any iterator, e.g. one from a list."""

    def __await__(self):
        return iter(["a", "b", "c"])

class ViaYieldFrom:
    def __await__(self):
        r = yield from Ticks(2).__await__()
        return "inner said " + r

async def main():
    print("value:", await Value(5))
    print("ticks:", await Ticks(3))
    print("iter awaitable:", await IterAwait())
    print("yield from:", await ViaYieldFrom())
    v = Value("shared")
    print("awaited twice:", await v, await v)
    return "main done"

coro = main()
trace = []
try:
    while True:
        trace.append(coro.send(None))
except StopIteration as e:
    print("return:", e.value)
print("suspensions:", trace)

# Awaiting a coroutine directly from an __await__ generator via yield from.
async def inner():
    await Ticks(1)
    return "inner value"

class Wrapper:
    def __await__(self):
        return (yield from inner().__await__())

async def outer():
    return await Wrapper()

c = outer()
print("first suspend:", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("wrapped:", e.value)
