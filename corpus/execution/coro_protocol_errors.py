# TypeErrors from objects that do not implement the awaitable / async protocols.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class NotIterator:
    def __await__(self):
        return 42

class NoAwait:
    pass

class GenAwait:
    def __await__(self):
        yield from ()
        return "fine"

async def await_it(obj):
    return await obj

for obj in [NotIterator(), NoAwait(), 3, "str", None, GenAwait()]:
    attempt(f"await {type(obj).__name__}", await_it(obj))

class NoANext:
    def __aiter__(self):
        return self

class AiterNotMethod:
    __aiter__ = None

class ANextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7

async def loop_over(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out

for obj in [[1, 2], NoANext(), AiterNotMethod(), ANextNotAwaitable()]:
    attempt(f"async for {type(obj).__name__}", loop_over(obj))

class OnlySync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

class NoAexit:
    async def __aenter__(self):
        return self

class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False

class BadExit:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return "not awaitable"

async def use(obj):
    async with obj as v:
        return v

for obj in [OnlySync(), NoAexit(), BadEnter(), BadExit()]:
    attempt(f"async with {type(obj).__name__}", use(obj))
