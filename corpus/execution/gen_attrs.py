# Generator attributes: gi_running, gi_frame, gi_code, gi_yieldfrom, names.
def simple():
    yield 1
    yield 2

g = simple()
print(type(g).__name__, type(g).__qualname__)
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name, g.gi_code is simple.__code__)
print(g.gi_running, g.gi_frame is None, g.gi_yieldfrom)
next(g)
print(g.gi_running, g.gi_frame is None, g.gi_yieldfrom)
list(g)
print(g.gi_running, g.gi_frame is None, g.gi_yieldfrom)

# gi_frame is None after close() too, and after an exception.
g = simple()
next(g)
g.close()
print("closed:", g.gi_frame is None)

def failing():
    yield 1
    raise KeyError

f = failing()
next(f)
try:
    next(f)
except KeyError:
    pass
print("failed:", f.gi_frame is None)

# Qualified names of nested and method generators.
class Holder:
    def items(self):
        yield self

    class Inner:
        def deep(self):
            yield 0

def factory():
    def local_gen():
        yield 0
    return local_gen()

print(Holder().items().__name__, Holder().items().__qualname__)
print(Holder.Inner().deep().__qualname__)
print(factory().__name__, factory().__qualname__)
print(factory().gi_code.co_name)

# __name__ and __qualname__ of a generator can be reassigned.
n = simple()
n.__name__ = "renamed"
n.__qualname__ = "Some.renamed"
print(n.__name__, n.__qualname__, n.gi_code.co_name)
try:
    n.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# Generator expressions have the name <genexpr>.
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__, type(ge).__name__, ge.gi_code.co_name)
print(Holder.items.__code__.co_flags & 0x20 != 0, factory.__code__.co_flags & 0x20 != 0)
