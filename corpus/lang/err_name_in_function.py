# NameError raised three calls deep; the traceback has several frames.
def outer(n):
    print("outer", n)
    return middle(n + 1)


def middle(n):
    print("middle", n)
    return inner(n * 2)


def inner(n):
    print("inner", n)
    if n > 10:
        return undefined_helper(n)
    return n


print(outer(1))
print(outer(5))
print("not reached")
