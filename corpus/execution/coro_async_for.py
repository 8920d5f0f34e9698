# async for over user classes with __aiter__/__anext__, and over async generators.
class Step:
    def __await__(self):
        yield "step"

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("  __aiter__ called")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("  raising StopAsyncIteration")
            raise StopAsyncIteration
        await Step()
        self.i += 1
        return self.i - 1

class Chunks:
    """__anext__ can be a plain method returning an awaitable."""

    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __aiter__(self):
        return ChunkIter(self.data, self.size)

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield

class ChunkIter:
    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __anext__(self):
        if not self.data:
            raise StopAsyncIteration
        chunk, self.data = self.data[:self.size], self.data[self.size:]
        return Ready(chunk)

async def agen(words):
    for w in words:
        await Step()
        yield w * 2

async def main():
    async for i in ARange(3):
        print("got", i)
    async for c in Chunks("abcdefg", 3):
        print("chunk", c)
    async for w in agen(["x", "y"]):
        print("doubled", w)
    async for i in ARange(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    else:
        print("not printed: loop was broken")
    async for i in ARange(0):
        print("not printed")
    else:
        print("else after empty loop")
    return "done"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(main()))
