# yield inside try/except/else/finally blocks.
# try / except / else / finally with yields in every branch.
def branches(fail):
    try:
        yield "try"
        if fail:
            raise KeyError(fail)
    except KeyError as e:
        yield f"except {e}"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(branches(None)))
print(list(branches("k")))

# A finally that runs while a yield is pending in a loop.
def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print(f"  finally {i}")

print(list(loop_with_finally()))
h = loop_with_finally()
print(next(h), next(h))
h.close()

# return inside try with finally.
def ret_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally runs before StopIteration")

r = ret_in_try()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value)

# Exception context is kept across yields.
def context_across_yield():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")

c = context_across_yield()
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
