# Deep await chains, recursion in async functions and tracking suspension order.
class Trace:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def fib(n):
    if n < 2:
        await Trace(f"leaf {n}")
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b


def run(coro, reply=None):
    tags = []
    try:
        while True:
            tags.append(coro.send(reply(len(tags)) if reply and tags else None))
    except StopIteration as e:
        return e.value, tags


value, tags = run(fib(5))
print("fib(5) =", value, "with", len(tags), "suspensions")
print(tags)


async def accumulate(depth):
    if depth == 0:
        return await Trace("bottom")
    below = await accumulate(depth - 1)
    mine = await Trace(f"depth {depth}")
    return f"{below}+{mine}"


value, tags = run(accumulate(3), reply=lambda i: f"r{i}")
print(value)
print(tags)

# Many coroutines interleaved by a simple driver.
async def worker(name, n):
    out = []
    for i in range(n):
        out.append(await Trace(f"{name}{i}"))
    return name, out

workers = [worker("a", 3), worker("b", 1), worker("c", 2)]
pending = [(w, None) for w in workers]
order = []
finished = []
counter = 0
while pending:
    w, val = pending.pop(0)
    try:
        tag = w.send(val)
    except StopIteration as e:
        finished.append(e.value)
        continue
    order.append(tag)
    counter += 1
    pending.append((w, counter))
print("order:", order)
print("finished:", finished)
