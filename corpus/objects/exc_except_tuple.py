# except (A, B) as e, handler order, except with base classes, else/finally.
def risky(n):
    if n == 0:
        return 1 / n
    if n == 1:
        return [][n]
    if n == 2:
        return {}["k"]
    if n == 3:
        return int("z")
    if n == 4:
        raise SystemExit(4)
    return "fine"


for n in range(6):
    try:
        r = risky(n)
    except (ZeroDivisionError, IndexError) as e:
        print(n, "arith-or-index", type(e).__name__)
    except LookupError as e:
        print(n, "lookup", repr(e))
    except (ValueError,) as e:
        print(n, "value", e)
    except BaseException as e:
        print(n, "base", type(e).__name__, e.code)
    else:
        print(n, "no error", r)
    finally:
        print(n, "finally")
errors = (KeyError, TypeError)
try:
    {}[1]
except errors as e:
    print("dynamic tuple", repr(e))
try:
    try:
        [].pop()
    except (KeyError, ZeroDivisionError):
        print("not here")
except IndexError as e:
    print("outer", e)
try:
    1 / 0
except Exception:
    print("no name bound")
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
