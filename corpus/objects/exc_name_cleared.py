# The "as" name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | saved " + repr(saved)


print(f())
