# close() on a delegating generator closes the subgenerator first.
def inner(name):
    try:
        yield f"{name} 1"
        yield f"{name} 2"
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  {name} finally")

def outer():
    try:
        yield from inner("a")
        yield from inner("b")
    finally:
        print("  outer finally")

g = outer()
print(next(g))
g.close()
print("closed, next ->", next(g, "exhausted"))

g = outer()
print(next(g), next(g), next(g))
g.close()
print("closed again")

# Three levels: finally blocks run innermost first.
def level(n):
    try:
        if n == 0:
            yield "deepest"
        else:
            yield from level(n - 1)
    finally:
        print(f"  level {n} finally")

t = level(3)
print(next(t))
t.close()
t.close()  # closing twice is harmless
print("t closed")

# A delegate iterator with a close() method is closed too.
class Closable:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def close(self):
        print("  Closable.close called at", self.i)

def use_closable():
    yield from Closable()

u = use_closable()
print(next(u), next(u), next(u))
u.close()

# A delegate with no close() method: nothing is called, outer still closes.
def use_list():
    try:
        yield from [1, 2, 3]
    finally:
        print("  use_list finally")

v = use_list()
print(next(v))
v.close()
print(list(v))
