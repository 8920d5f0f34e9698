# Coroutine object attributes: cr_running, cr_frame, cr_await, cr_code and names.
class Pause:
    def __await__(self):
        yield "paused"


holder = {}


async def worker(x):
    holder["running_inside"] = holder["coro"].cr_running
    await Pause()
    return x * 2


coro = worker(21)
holder["coro"] = coro
print("cr_running before start:", coro.cr_running)
print("cr_frame is None before start:", coro.cr_frame is None)
print("cr_await before start:", coro.cr_await)
print("cr_code name:", coro.cr_code.co_name)
print("cr_code is function code:", coro.cr_code is worker.__code__)
print("__name__:", coro.__name__, "__qualname__:", coro.__qualname__)

print("send ->", coro.send(None))
print("running inside:", holder["running_inside"])
print("cr_running while suspended:", coro.cr_running)
print("cr_frame is None while suspended:", coro.cr_frame is None)
print("cr_await while suspended:", type(coro.cr_await).__name__)
print("frame code name:", coro.cr_frame.f_code.co_name)
print("frame locals:", coro.cr_frame.f_locals["x"])

try:
    coro.send(None)
except StopIteration as e:
    print("finished with", e.value)
print("cr_running after finish:", coro.cr_running)
print("cr_frame is None after finish:", coro.cr_frame is None)
print("cr_await after finish:", coro.cr_await)

# Awaiting another coroutine: cr_await points at it.
async def outer():
    return await worker2()

async def worker2():
    await Pause()
    return "w2"

o = outer()
o.send(None)
print("outer awaits coroutine:", type(o.cr_await).__name__, o.cr_await.__name__)
try:
    o.send(None)
except StopIteration as e:
    print("outer finished:", e.value)

# Names of methods and nested async functions.
class Service:
    async def handle(self):
        async def helper():
            return 1
        h = helper()
        print("nested qualname:", h.__qualname__)
        return await h

s = Service().handle()
print("method qualname:", s.__qualname__)
try:
    s.send(None)
except StopIteration as e:
    print("handle returned", e.value)

# Renaming a coroutine object.
c = worker2()
c.__name__ = "renamed"
print("renamed:", c.__name__, c.__qualname__)
c.close()
print("closed: cr_frame is None:", c.cr_frame is None)
