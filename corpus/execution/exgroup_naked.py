# except* applied to a plain (non-group) exception wraps it in an ExceptionGroup.
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions)

try:
    raise KeyError("k")
except* LookupError as eg:
    print("LookupError clause:", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])

# An unmatched naked exception propagates unchanged, not wrapped.
try:
    try:
        raise ZeroDivisionError("zde")
    except* ValueError:
        print("not here")
except ZeroDivisionError as e:
    print("propagated as itself:", type(e).__name__, e)

# A naked exception re-raised from except* comes back out wrapped in a group (3.11).
try:
    try:
        raise TypeError("again")
    except* TypeError:
        print("in except*, re-raising")
        raise
except TypeError as e:
    print("outer plain except got", type(e).__name__, e)
except ExceptionGroup as e:
    print("outer got a group", repr(e))

# Mixing: naked exception raised inside a function called from try.
def work(n):
    if n == 0:
        raise ArithmeticError("zero")
    return 10 / n

for n in [5, 0]:
    try:
        print("result", work(n))
    except* ArithmeticError as eg:
        print("caught", [str(e) for e in eg.exceptions])

# The exception bound in the group is the very object raised.
err = OSError("same")
try:
    raise err
except* OSError as eg:
    print("same object:", eg.exceptions[0] is err)
