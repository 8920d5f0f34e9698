# Exceptions travelling through chains of awaits.
class Pause:
    def __await__(self):
        yield "pause"

async def level3(x):
    await Pause()
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x + 3

async def level2(x):
    try:
        return await level3(x) * 2
    except ValueError as e:
        print("  level2 saw", e, "- re-raising as LookupError")
        raise LookupError("level2 failed") from e

async def level1(x):
    try:
        r = await level2(x)
    except LookupError as e:
        print("  level1 caught", repr(e), "cause:", repr(e.__cause__))
        return -1
    else:
        return r
    finally:
        print("  level1 finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print("ok path:", run(level1(4)))
print("error path:", run(level1(-4)))

# StopIteration raised inside a coroutine becomes RuntimeError.
async def leaks_stop():
    raise StopIteration("oops")

try:
    run(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# throw() reaches the innermost await point.
async def deep():
    try:
        await Pause()
    except KeyError as e:
        print("  innermost got", repr(e))
        return "handled deep"

async def middle():
    return "middle: " + await deep()

m = middle()
m.send(None)
try:
    m.throw(KeyError("thrown"))
except StopIteration as e:
    print("throw result:", e.value)

# Exception inside an __await__ generator propagates to the awaiting coroutine.
class Failing:
    def __await__(self):
        yield "about to fail"
        raise OSError("awaitable failed")

async def uses_failing():
    try:
        await Failing()
    except OSError as e:
        return f"caught {e}"

print(run(uses_failing()))
