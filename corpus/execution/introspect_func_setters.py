# Function attributes: what may be set or deleted, with CPython's errors, and
# __closure__ cells (cell_contents, comparison, empty cells).
def target(a, b=1, *, c=2):
    return a + b + c


def attempt(label, action):
    try:
        action()
        print(label, "-> ok")
    except (TypeError, AttributeError, ValueError, NameError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("set __closure__", lambda: setattr(target, "__closure__", None))
attempt("set __globals__", lambda: setattr(target, "__globals__", {}))
attempt("set __builtins__", lambda: setattr(target, "__builtins__", {}))
attempt("del __name__", lambda: delattr(target, "__name__"))
attempt("del __qualname__", lambda: delattr(target, "__qualname__"))
attempt("del __code__", lambda: delattr(target, "__code__"))
attempt("del __dict__", lambda: delattr(target, "__dict__"))
attempt("set __dict__ to int", lambda: setattr(target, "__dict__", 5))
attempt("set __annotations__ to list", lambda: setattr(target, "__annotations__", []))
attempt("set __kwdefaults__ to list", lambda: setattr(target, "__kwdefaults__", []))
attempt("set __qualname__ to None", lambda: setattr(target, "__qualname__", None))
attempt("del missing attribute", lambda: delattr(target, "missing"))


def closure_of(x):
    def inner():
        return x
    return inner


attempt("code with a free variable", lambda: setattr(target, "__code__", closure_of(1).__code__))

del target.__defaults__
del target.__kwdefaults__
del target.__doc__
del target.__module__
del target.__annotations__
print(target.__defaults__, target.__kwdefaults__, target.__doc__, target.__module__, target.__annotations__)
attempt("call without defaults", lambda: target(1))
target.__defaults__ = (10,)
target.__kwdefaults__ = {"c": 100}
print("defaults restored:", target(1))
print("__builtins__ is the builtins namespace:", target.__builtins__["len"] is len)

# Swapping __code__ between closures with the same free variables.
f1, f2 = closure_of("one"), closure_of("two")
f1.__code__ = (lambda: 0).__code__ if False else f2.__code__
print("same code, own cells:", f1(), f2())
cell = f1.__closure__[0]
print(type(cell).__name__, cell.cell_contents, cell == f2.__closure__[0], cell != f2.__closure__[0])
cell.cell_contents = "changed"
print("written cell:", f1())
del cell.cell_contents
attempt("read emptied cell", lambda: cell.cell_contents)
attempt("call with emptied cell", lambda: f1())
r = repr(cell)
print(r.startswith("<cell at 0x"), r.endswith(": empty>"))
cell.cell_contents = 3
print(repr(cell).endswith("int object at " + repr(cell).split(" at ")[-1]))
