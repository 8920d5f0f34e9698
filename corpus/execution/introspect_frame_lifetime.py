# Frame objects over their lifetime: while running, after returning, after an
# exception, inside generators; f_locals snapshots, f_back links, clear().
import sys


def running_view():
    a = 1
    f = sys._getframe()
    first = dict(f.f_locals)
    a = 2
    b = "late"
    second = dict(f.f_locals)
    return sorted(first), sorted(second), f.f_locals is f.f_locals


print(running_view())


def keep(x):
    y = x * 2
    fr = sys._getframe()
    y += 1
    return fr


fr = keep(5)
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno)
print(sorted((k, v) for k, v in fr.f_locals.items() if k != "fr"))
print("f_back is module frame:", fr.f_back is sys._getframe())
print("f_globals:", fr.f_globals is globals(), "f_builtins has len:", "len" in fr.f_builtins)
print("f_trace:", fr.f_trace, "f_lasti is int:", type(fr.f_lasti) is int)
fr.f_trace = "ignored"
print("f_trace set:", fr.f_trace)
r = repr(fr)
print(r.startswith("<frame at 0x"), r.endswith(f"line {fr.f_lineno}, code keep>"), "introspect_frame_lifetime.py" in r)

# clear() drops a finished frame's variables.
fr.clear()
print("after clear:", fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

# Frames of closures show free variables and captured parameters.
def outer(p):
    q = p + 1

    def inner():
        r = p + q
        return sys._getframe()

    return inner(), sys._getframe()


inner_frame, outer_frame = outer(10)
print(sorted(inner_frame.f_locals.items()))
print(sorted((k, v) for k, v in outer_frame.f_locals.items() if k != "inner"))
print(inner_frame.f_back is outer_frame, outer_frame.f_back.f_code.co_name)

# The same frame object is handed out while the frame runs.
def same():
    return sys._getframe() is sys._getframe(0)


print("same object:", same())
print("negative depth is the current frame:", sys._getframe(-3).f_code.co_name)


def depth_error():
    try:
        sys._getframe(50)
    except ValueError as e:
        return str(e)


print(depth_error())
try:
    sys._getframe("1")
except TypeError as e:
    print("TypeError:", e)

# Generator frames: locals and line while suspended, None when finished.
def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    done = True


g = counter(3)
gf = g.gi_frame
print("before start:", gf.f_locals, gf.f_lineno, gf.f_back)
next(g)
print("suspended:", sorted(gf.f_locals.items()), gf.f_lineno)
next(g)
print("again:", sorted(gf.f_locals.items()), gf is g.gi_frame)
list(g)
print("finished:", g.gi_frame, sorted(gf.f_locals.items()), gf.f_back)

# A running generator's frame: f_back is whoever resumed it.
def introspective():
    me = sys._getframe()
    yield me.f_back.f_code.co_name
    yield me is gen.gi_frame


def driver():
    return list(gen)


gen = introspective()
print(driver())

# Closing a suspended generator through frame.clear().
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally ran")


c = closable()
next(c)
c.gi_frame.clear()
print("closed by clear:", c.gi_frame, next(c, "exhausted"))

# Frames from a traceback keep the variables at the raise.
def fails(limit):
    seen = []
    for k in range(limit):
        seen.append(k)
        if k == 2:
            raise KeyError(k)


try:
    fails(5)
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    f = tb.tb_frame
    print(f.f_code.co_name, f.f_lineno, tb.tb_lineno, sorted(f.f_locals.items()))
    print("tb_frame.f_back is the module frame:", f.f_back is sys._getframe())

# Class body and comprehension frames.
class Body:
    marker = 1
    frame = sys._getframe()
    names = sorted(k for k in frame.f_locals if not k.startswith("__"))


print("class body:", Body.names, Body.frame.f_locals is Body.__dict__)
print([sys._getframe().f_back.f_code.co_name for _ in range(1)])
print({k: sys._getframe().f_code.co_name for k in "a"})
