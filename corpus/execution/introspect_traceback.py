# Traceback objects from caught exceptions: tb_frame, tb_lineno, tb_next.
import sys

def innermost(x):
    return 10 // x

def middle(x):
    return innermost(x) + 1

def outer(x):
    return middle(x) * 2

try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
    print("exc_info agrees:", sys.exc_info()[2] is e.__traceback__)
    print("exc_info type:", sys.exc_info()[0].__name__)

# tb_frame locals are still available.
def with_locals(n):
    secret = n * 3
    raise ValueError("inspect me")

try:
    with_locals(7)
except ValueError as e:
    last = e.__traceback__
    while last.tb_next is not None:
        last = last.tb_next
    print("last frame:", last.tb_frame.f_code.co_name, "secret =", last.tb_frame.f_locals["secret"])
    print("first frame is this module:", e.__traceback__.tb_frame is sys._getframe())

# Re-raising adds the handler's frame line; the traceback grows.
def reraiser():
    try:
        innermost(0)
    except ZeroDivisionError:
        raise

try:
    reraiser()
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(f"{tb.tb_frame.f_code.co_name}@{tb.tb_lineno}")
        tb = tb.tb_next
    print(names)

# with_traceback replaces the traceback.
try:
    outer(0)
except ZeroDivisionError as e:
    saved = e.__traceback__

fresh = RuntimeError("fresh")
print("no traceback before raising:", fresh.__traceback__)
try:
    raise fresh.with_traceback(saved)
except RuntimeError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth after with_traceback and raise:", depth)

# tb_lasti is an int; tb_lineno matches the raising line.
try:
    raise KeyError("k")
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_lasti).__name__, tb.tb_lineno)

# sys.exc_info outside any handler.
print(sys.exc_info())
