# globals() and locals() in modules, functions, classes and comprehensions.
top_level = "module value"
g = globals()
print("globals() is stable:", globals() is g)
print("module locals is globals:", locals() is globals())
print("has __name__:", g["__name__"])
print("top_level present:", g["top_level"])

# Writing to globals() creates a global.
g["created_via_dict"] = 123
print(created_via_dict)

def func(a, b=2):
    c = a + b
    snap = locals()
    return sorted(snap.items())

print(func(1))

def func_late():
    first = locals()
    x = 10
    second = locals()
    return sorted(first), sorted(second), first is second

print(func_late())

# Modifying locals() inside a function does not change the real variable.
def no_effect():
    v = 1
    locals()["v"] = 2
    return v

print("no effect:", no_effect())

# Class body locals.
class Config:
    name = "cfg"
    size = 3
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
    module_from_locals = locals()["__module__"]
    qualname_from_locals = locals()["__qualname__"]

print(Config.snapshot, Config.module_from_locals, Config.qualname_from_locals)

# Closures show up in locals() of the inner function.
def outer():
    free = "captured"

    def inner():
        mine = 1
        return sorted(locals().items()), free

    return inner()

print(outer())

# globals() inside a function is the module dict.
def read_global():
    return globals()["top_level"], globals() is g

print(read_global())

# global statement and globals() agree.
def set_global():
    global assigned_later
    assigned_later = "set in function"

set_global()
print(g["assigned_later"])

# vars() is locals() without arguments.
def with_vars():
    q = 5
    return vars() == locals()

print("vars() == locals():", with_vars())
print("vars(Config) has size:", vars(Config)["size"])
