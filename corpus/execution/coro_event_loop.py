# A tiny round-robin event loop: tasks yield control through a Yield awaitable.
class Yield:
    def __await__(self):
        yield "yield"


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.seq = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, seq, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
            name, coro = self.ready.pop(0)
            try:
                req = coro.send(None)
            except StopIteration as stop:
                print(f"[t={self.now}] {name} finished -> {stop.value!r}")
                self.results[name] = stop.value
                continue
            if req == "yield":
                self.ready.append((name, coro))
            else:
                _, ticks = req
                self.seq += 1
                self.sleeping.append((self.now + ticks, self.seq, name, coro))


async def counter(name, n):
    total = 0
    for i in range(n):
        print(f"{name}: step {i}")
        total += i
        await Yield()
    return total


async def sleeper(name, delays):
    for d in delays:
        print(f"{name}: sleeping {d}")
        await Sleep(d)
        print(f"{name}: woke up")
    return sum(delays)


async def parent():
    a = await counter("child-a", 2)
    b = await counter("child-b", 2)
    return a + b


loop = Loop()
loop.spawn("c1", counter("c1", 3))
loop.spawn("c2", counter("c2", 2))
loop.spawn("s1", sleeper("s1", [3, 1]))
loop.spawn("s2", sleeper("s2", [2]))
loop.spawn("p", parent())
loop.run()
print("final time:", loop.now)
print("results:", sorted(loop.results.items()))
