# yield from an object implementing the iterator protocol, send and throw by hand.
class Echo:
    def __init__(self, limit):
        self.limit = limit
        self.count = 0
        self.last = None

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if value is not None:
            self.last = value
        self.count += 1
        if self.count > self.limit:
            raise StopIteration(f"echo finished with {self.last}")
        return (self.count, self.last)

    def throw(self, typ, val=None, tb=None):
        print("  Echo.throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return ("threw", self.count)

    def close(self):
        print("  Echo.close")

def delegate(n):
    result = yield from Echo(n)
    yield ("result", result)

g = delegate(3)
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g, "done"))

g = delegate(5)
print(next(g))
print(g.throw(ValueError("x")))
print(g.send("after throw"))
g.close()
print(next(g, "closed"))

# An iterator whose StopIteration carries a value: yield from returns it.
class Gives:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration(42)
        self.done = True
        return "once"

def take_value():
    v = yield from Gives()
    yield v

print(list(take_value()))

# __iter__ returning a generator: yield from calls __iter__ first.
class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for i in self.items:
            yield i * 2

def all_bags(*bags):
    for b in bags:
        yield from b

print(list(all_bags(Bag(1, 2), Bag(), Bag(5))))
