# aiter() and anext(), with and without a default.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen():
    yield "a"
    yield "b"

async def main():
    it = aiter(Counter(2))
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = aiter(agen())
    print(await anext(g), await anext(g), await anext(g, "end"))
    out = []
    async for x in aiter(Counter(3)):
        out.append(x)
    print(out)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

run(main())
for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoAnext:
    def __aiter__(self):
        return 5
try:
    aiter(NoAnext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext()
except TypeError as e:
    print(type(e).__name__, e)
