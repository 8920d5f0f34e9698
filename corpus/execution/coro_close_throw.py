# close() and throw() on coroutines, finally blocks, and reuse errors.
class Pause:
    def __await__(self):
        yield "pause"

async def guarded(name):
    try:
        print(f"  {name}: started")
        await Pause()
        print(f"  {name}: resumed")
        await Pause()
        return f"{name} complete"
    except ValueError as e:
        print(f"  {name}: handled ValueError {e}")
        return f"{name} recovered"
    finally:
        print(f"  {name}: finally")

c = guarded("a")
c.send(None)
print("closing a")
c.close()
print("close again is fine:", c.close())

c = guarded("b")
c.send(None)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("throw result:", e.value)

c = guarded("c")
c.send(None)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated:", e)

# Closing an unstarted coroutine does not run any of its body.
c = guarded("d")
c.close()
print("unstarted close done")

# A coroutine that swallows GeneratorExit and suspends again.
async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.send(None)
except StopIteration:
    print("stubborn finished after one more send")

# throw into an unstarted coroutine raises immediately.
c = guarded("e")
try:
    c.throw(OSError("early"))
except OSError as e:
    print("early throw:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
