# Generators holding a with-statement resource open across yields.
class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  open {self.name}")
        Resource.opened.append(self.name)
        return self

    def __exit__(self, typ, val, tb):
        Resource.opened.remove(self.name)
        print(f"  close {self.name} ({typ.__name__ if typ else 'ok'})")
        return False

def read_lines(name, lines):
    with Resource(name):
        for line in lines:
            yield line

print(list(read_lines("a.txt", ["l1", "l2"])), Resource.opened)

g = read_lines("b.txt", ["x", "y", "z"])
print(next(g), Resource.opened)
g.close()
print("b closed", Resource.opened)

g = read_lines("c.txt", ["p", "q"])
print(next(g))
try:
    g.throw(ValueError("bad"))
except ValueError:
    print("ValueError passed through", Resource.opened)

# A generator that is never started never enters the with block.
g = read_lines("d.txt", ["never"])
print("d created", Resource.opened)
g.close()
print("d closed", Resource.opened)

# Nested with blocks inside a generator, closed in reverse order.
def merged(a, b):
    with Resource(a) as ra, Resource(b) as rb:
        yield ra.name + "+" + rb.name
        yield "second"

m = merged("m1", "m2")
print(next(m), Resource.opened)
m.close()
print(Resource.opened)

# A context manager that suppresses exceptions thrown into the generator.
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, KeyError):
            print("  suppressed", repr(val))
            return True
        return False

def tolerant():
    with Suppress():
        yield "inside"
        yield "not reached after throw"
    yield "after with"

t = tolerant()
print(next(t))
print(t.throw(KeyError("k")))
print(next(t, "exhausted"))
