# Values sent into coroutines, and finished coroutines that cannot be reused.
class Pause:
    def __await__(self):
        yield "pause"

# Values sent in reach the innermost yield.
class Ask:
    def __await__(self):
        answer = yield "question"
        return answer

async def asker():
    a = await Ask()
    b = await Ask()
    return a + b

c = asker()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("sum of answers:", e.value)

# An uncaught error ends the coroutine: further sends raise RuntimeError.
async def boom():
    await Pause()
    raise ZeroDivisionError("boom")

b = boom()
b.send(None)
try:
    b.send(None)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
# Reusing a finished coroutine.
async def quick():
    return 1

q = quick()
try:
    q.send(None)
except StopIteration as e:
    print("quick ->", e.value)
try:
    q.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Awaiting the same coroutine twice.
async def twice():
    inner = quick()
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    return first

t = twice()
try:
    t.send(None)
except StopIteration as e:
    print("twice ->", e.value)

# A coroutine can be driven from several places, one send at a time.
class Counter:
    def __await__(self):
        total = 0
        while True:
            got = yield total
            if got is None:
                return total
            total += got

async def summing():
    return "total " + str(await Counter())

s = summing()
print("start:", s.send(None))
for v in [5, 10, 20]:
    print("after", v, "->", s.send(v))
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
