# __closure__ cells and their contents, co_freevars/co_cellvars pairing.
def counter(start):
    count = start
    step = 1

    def inc():
        nonlocal count
        count += step
        return count

    return inc

c = counter(10)
print("freevars:", c.__code__.co_freevars)
print("cells:", len(c.__closure__), type(c.__closure__[0]).__name__)
print("contents:", [cell.cell_contents for cell in c.__closure__])
c()
c()
print("after two calls:", dict(zip(c.__code__.co_freevars, (x.cell_contents for x in c.__closure__))))

# Cells are shared between closures created in the same call.
def pair():
    shared = []

    def add(x):
        shared.append(x)

    def get():
        return list(shared)

    return add, get

add, get = pair()
add(1)
add(2)
print(get(), "same cell:", add.__closure__[0] is get.__closure__[0])

# cell_contents is writable.
add.__closure__[0].cell_contents = ["replaced"]
print("after writing cell:", get())

# An empty cell raises ValueError.
def late():
    def reader():
        return value
    cell = reader.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = "now set"
    print("cell filled:", cell.cell_contents, reader())

late()

# Loop variable captured by reference.
fns = []
for i in range(3):
    fns.append(lambda: i)
print("late binding:", [f() for f in fns])
fns = [(lambda j: lambda: j)(i) for i in range(3)]
print("bound per call:", [f() for f in fns], [f.__closure__[0].cell_contents for f in fns])

# Class bodies: methods using __class__ get a closure cell.
class Base:
    def who(self):
        return "base"

class Child(Base):
    def who(self):
        return "child/" + super().who()

    def plain(self):
        return 1

print(Child().who())
print("who freevars:", Child.who.__code__.co_freevars)
print("__class__ cell holds Child:", Child.who.__closure__[0].cell_contents is Child)
print("plain has no closure:", Child.plain.__closure__)

# Functions without free variables have __closure__ None.
def nofree(x):
    return x
print(nofree.__closure__, nofree.__code__.co_freevars)

# Cell comparison is by contents.
def two_cells():
    a = 1
    b = 1
    return lambda: (a, b)
f = two_cells()
print("cells with equal contents compare equal:", f.__closure__[0] == f.__closure__[1])
