# CPython scoping of generator expressions: first iterable is evaluated eagerly.
def source(name, items):
    print(f"  evaluating source {name}")
    return items

g = (x * y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("genexp created")
print(next(g))
print(list(g))

# An error in the first iterable is raised at creation time.
try:
    g = (x for x in 42)
    print("not reached")
except TypeError as e:
    print("at creation: TypeError:", e)

try:
    g = (x for x in undefined_name)
except NameError as e:
    print("at creation: NameError:", e)

# An error in a later iterable is raised only when iterating.
g = (x + y for x in [1, 2] for y in 42)
print("created with bad inner iterable")
try:
    next(g)
except TypeError as e:
    print("at iteration: TypeError:", e)

g = (x for x in [1] if undefined_condition)
print("created with bad condition")
try:
    next(g)
except NameError as e:
    print("at iteration: NameError:", e)

# iter() of the first iterable is called eagerly, __next__ lazily.
class Loud:
    def __iter__(self):
        print("  Loud.__iter__")
        self.n = 0
        return self

    def __next__(self):
        self.n += 1
        print("  Loud.__next__", self.n)
        if self.n > 2:
            raise StopIteration
        return self.n

g = (v for v in Loud())
print("created loud genexp")
print(list(g))

# Rebinding the name of the first iterable does not affect the genexp.
data = [1, 2, 3]
g = (d for d in data)
data = ["changed"]
print(list(g))

# Mutating the object does: the genexp holds an iterator over it.
data = [1, 2, 3]
g = (d for d in data)
data.append(4)
print(list(g))

# Inner iterables are evaluated again for each outer element.
data = [[1], [2]]
g = (x for row in range(2) for x in data[row])
data = [["a"], ["b"]]
print(list(g))

def func_scope():
    local = [5, 6]
    return (v * 2 for v in local)

print(list(func_scope()))
