# close(), GeneratorExit, and finally blocks.
def with_finally():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("  cleanup")

g = with_finally()
print(next(g))
print("close returns", g.close())
print(next(g, "exhausted after close"))
print("close again returns", g.close())

# Closing a generator that has not started: the body never runs, no cleanup.
g = with_finally()
g.close()
print("unstarted closed:", list(g))

# Catching GeneratorExit and returning normally is allowed.
def catches():
    try:
        yield "a"
        yield "b"
    except GeneratorExit as e:
        print("  caught", type(e).__name__, e.args)
        return "ignored return value"

c = catches()
print(next(c))
print("close ->", c.close())

# GeneratorExit is a BaseException, not an Exception.
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def broad():
    try:
        yield 1
    except Exception:
        print("  never printed")
    finally:
        print("  broad finally")

b = broad()
next(b)
b.close()

# Raising another exception during close propagates it.
def raises_on_close():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")

r = raises_on_close()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)

# close() inside a for loop body via break and explicit close.
def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  numbers stopped at", n)

gen = numbers()
for x in gen:
    if x == 3:
        break
print("after loop")
gen.close()
print("after close")
