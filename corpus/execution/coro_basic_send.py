# Driving coroutines by hand with send(None) until StopIteration.
class Suspend:
    """An awaitable that suspends once, yielding a label to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return reply


async def add(a, b):
    print("  add starts", a, b)
    got = await Suspend(f"pause in add({a}, {b})")
    print("  add resumed with", got)
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("  compute has", x, y)
    return x * y


def run(coro):
    """Send values until the coroutine finishes; print each yielded value."""
    step = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            print("finished after", step, "suspensions with", stop.value)
            return stop.value
        step += 1
        print("driver got:", yielded)
        value = f"reply {step}"


result = run(compute())
print("result:", result)

# A coroutine that never suspends finishes on the first send.
async def immediate():
    return "instant"

print("immediate:", run(immediate()))

# The first send must be None.
c = compute()
try:
    c.send("not none")
except TypeError as e:
    print("TypeError:", e)
c.close()

# Coroutine objects are not iterable and have no __next__.
async def nothing():
    return None

c = nothing()
print(type(c).__name__, hasattr(c, "__next__"), hasattr(c, "__await__"), hasattr(c, "send"))
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
run(c)

# async def functions are functions; calling them returns a coroutine.
print(type(compute).__name__, compute.__name__)
c = immediate()
print("coroutine __name__:", c.__name__, "__qualname__:", c.__qualname__)
run(c)
