# del of a variable captured by a closure (a cell variable).
def owner():
    x = "alive"

    def reader():
        return x

    print("before del:", reader())
    del x
    try:
        reader()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    x = "reborn"
    print("after rebinding:", reader())
    return reader

r = owner()
print("closure still works later:", r())
print("cell contents:", r.__closure__[0].cell_contents)

# del through nonlocal.
def outer():
    value = 1

    def drop():
        nonlocal value
        del value

    def peek():
        return value

    drop()
    try:
        peek()
    except NameError as e:
        print("after nonlocal del:", e)
    try:
        drop()
    except NameError as e:
        print("second del:", e)
    value = 2
    return peek()

print("outer returns", outer())

# Deleting an unbound cell variable.
def never_set():
    def inner():
        return y
    try:
        del y
    except NameError as e:
        print("del unbound cell:", type(e).__name__, e)
    y = 0
    return inner()

print(never_set())

# The exception name in an except clause is deleted, even when it is a cell.
def exc_cell():
    try:
        raise ValueError("v")
    except ValueError as err:
        getter = lambda: err
        print("inside handler:", repr(getter()))
    try:
        getter()
    except NameError as e:
        print("after handler:", e)

exc_cell()

# del on a local that is not a cell, for comparison.
def plain():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "plain local: " + str(e)

print(plain())
