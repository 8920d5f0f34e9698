# Where a StopIteration inside a generator can come from (PEP 479).
def check(label, gen):
    try:
        print(label, list(gen))
    except RuntimeError as e:
        c = e.__cause__
        print(label, "RuntimeError:", e, "| cause:", type(c).__name__, c.args)

class Done(StopIteration):
    pass

def sub_class():
    yield "s"
    raise Done("subclass")

def helper():
    raise StopIteration("from helper")

def calls_helper():
    yield 1
    helper()

def bare_next():
    yield next(iter([]))

def from_throw():
    yield 1
    yield 2

check("subclass:", sub_class())
check("helper:", calls_helper())
check("bare next:", bare_next())
check("genexp:", (helper() for _ in range(3)))
check("genexp next:", (next(iter(())) for _ in "ab"))

t = from_throw()
next(t)
try:
    t.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw: RuntimeError:", e, "| cause:", repr(e.__cause__))
print(next(t, "t is finished"))

# A plain function (not a generator) may raise StopIteration freely.
try:
    helper()
except StopIteration as e:
    print("plain function: StopIteration:", e)

# StopIteration raised in a class __next__ is the normal protocol.
class Two:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

print("class iterator:", list(Two()))

# The RuntimeError keeps StopIteration as both cause and context.
def raiser():
    yield
    raise StopIteration(7)

r = raiser()
next(r)
try:
    next(r)
except RuntimeError as e:
    print(e.__cause__ is e.__context__, e.__cause__.value, e.__suppress_context__)
