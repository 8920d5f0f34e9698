# An exception raised while handling another gets __context__ automatically.
def cleanup():
    raise OSError("cleanup failed")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except OSError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally context:", repr(e.__context__))
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise ValueError("second")
        except ValueError:
            raise IndexError("third")
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
err = None
try:
    try:
        raise KeyError("x")
    except KeyError as inner:
        err = inner
        raise inner
except KeyError as e:
    print(e is err, e.__context__)
