# __traceback__, with_traceback, and re-raising with a traceback.
def fail():
    raise ValueError("inner")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames", depth)
    saved = e
e = ValueError("fresh")
print(e.__traceback__ is None)
r = e.with_traceback(saved.__traceback__)
print(r is e, e.__traceback__ is saved.__traceback__)
try:
    raise e.with_traceback(None)
except ValueError as caught:
    print("caught", caught, caught.__traceback__ is not None)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        fail()
    except ValueError as e2:
        raise RuntimeError("wrapped").with_traceback(e2.__traceback__)
except RuntimeError as e3:
    print(e3, e3.__context__, e3.__traceback__ is not None)
