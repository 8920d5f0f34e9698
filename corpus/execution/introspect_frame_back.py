# Using f_back to see and modify caller state, and frame attributes over time.
import sys

def caller_locals():
    return dict(sys._getframe(1).f_locals)

def user():
    x = 1
    y = "two"
    seen = caller_locals()
    return sorted(seen.items())

print(user())

def caller_line():
    return sys._getframe(1).f_lineno

def report():
    first = caller_line()
    second = caller_line()
    return second - first

print("caller line difference:", report())

# A debug helper printing the caller's function and variables.
def debug(*names):
    frame = sys._getframe(1)
    parts = [f"{n}={frame.f_locals[n]!r}" for n in names]
    print(f"[{frame.f_code.co_name}:{frame.f_code.co_firstlineno}] " + " ".join(parts))

def compute(a, b):
    total = a + b
    debug("a", "b", "total")
    prod = a * b
    debug("prod")
    return total, prod

compute(3, 4)

# f_back of the outermost frame is None.
f = sys._getframe()
print("module frame has f_back None:", f.f_back is None)

# A frame object kept after its function returned still has its code and locals.
def keep():
    local_val = "kept"
    return sys._getframe()

fr = keep()
print("kept frame:", fr.f_code.co_name, fr.f_locals["local_val"])
print("kept frame's f_back is this module frame:", fr.f_back is sys._getframe())

# Recursion depth via frames.
def depth():
    d = 0
    f = sys._getframe()
    while f.f_back is not None:
        d += 1
        f = f.f_back
    return d

def nest(n):
    if n == 0:
        return depth()
    return nest(n - 1)

print("depths:", [nest(n) for n in range(4)])

# f_code is the function's __code__.
def probe():
    return sys._getframe().f_code

print("f_code is __code__:", probe() is probe.__code__)

# Generator frames: f_back while running is the caller.
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_code.co_name

def consumer():
    return list(gen())

print(consumer())
