# Async comprehensions and await inside comprehensions (all inside async def).
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("ready", self.v)
        return self.v


async def agen(n):
    for i in range(n):
        await Ready(i)
        yield i


async def square(x):
    return await Ready(x * x)


async def main():
    a = [x async for x in agen(5)]
    print("list:", a)
    b = [x * 10 async for x in agen(6) if x % 2 == 0]
    print("filtered:", b)
    c = {x: x * x async for x in agen(4)}
    print("dict:", c)
    d = {x % 3 async for x in agen(7)}
    print("set (sorted):", sorted(d))
    e = [await square(x) for x in range(4)]
    print("await in list comp:", e)
    f = [await square(x) async for x in agen(3)]
    print("both:", f)
    g = [(x, y) async for x in agen(3) for y in range(x)]
    print("nested:", g)
    h = [y for x in [1, 2] async for y in agen(x)]
    print("async inner loop:", h)
    gen = (x + 100 async for x in agen(3))
    print("async genexp type:", type(gen).__name__)
    print("drained:", [v async for v in gen])
    return "ok"


coro = main()
suspensions = []
try:
    while True:
        suspensions.append(coro.send(None))
except StopIteration as e:
    print("result:", e.value)
print("number of suspensions:", len(suspensions))
print("first few:", suspensions[:6])
