# The "as" target of an except clause is unbound when the clause ends.
e = "outer value"
try:
    raise KeyError("k")
except KeyError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# The same in a function: the name becomes unbound, not restored.
def f():
    exc = "before"
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)

print(f())

# Saving the exception to another name keeps it alive.
def keep():
    saved = None
    try:
        int("x")
    except ValueError as exc:
        saved = exc
    return type(saved).__name__, str(saved)

print(keep())

# sys.exc_info-like state: a nested handler restores the outer exception.
import sys

def nested():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise KeyError("inner")
        except KeyError:
            print("  inner handler sees", repr(sys.exc_info()[1]))
        print("  back in outer handler sees", repr(sys.exc_info()[1]))
    print("  after both:", sys.exc_info())

nested()

# Implicit chaining: __context__ set, __suppress_context__ with "from None".
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    print("context:", repr(t.__context__), "suppress:", t.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as t:
    print("context:", repr(t.__context__), "cause:", t.__cause__, "suppress:", t.__suppress_context__)

# Raising the same exception inside its own handler does not create a cycle.
try:
    try:
        raise RuntimeError("same")
    except RuntimeError as r:
        raise r
except RuntimeError as r2:
    print("context is None:", r2.__context__ is None)
