# nonlocal across several levels, global vs nonlocal, and class scope skipping.
x = "global x"

def level1():
    x = "level1 x"

    def level2():
        def level3():
            nonlocal x
            x = "set by level3"
            return x
        r = level3()
        return r, x

    r = level2()
    return r, x

print(level1())
print("global untouched:", x)

def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    return inc, reset

inc, reset = make_counter()
print(inc(), inc(), inc(), "reset returned", reset(), "then", inc())

# Class bodies are skipped when resolving free variables of methods.
def factory():
    name = "function scope"

    class Inner:
        name = "class scope"

        def get(self):
            return name

        def get_attr(self):
            return self.name

    return Inner()

obj = factory()
print(obj.get(), "|", obj.get_attr())

# A class body can read an enclosing function's variable.
def with_class():
    level = 42

    class C:
        copy = level
        level_in_class = level + 1

    return C.copy, C.level_in_class

print(with_class())

# global inside a nested function.
def outer_g():
    x = "outer local"

    def inner_g():
        global x
        x = "rebound global"

    inner_g()
    return x

print(outer_g(), "|", x)
