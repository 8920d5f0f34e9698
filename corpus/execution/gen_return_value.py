# return value inside a generator becomes StopIteration.value.
def gives(n):
    for i in range(n):
        yield i
    return f"finished {n}"

g = gives(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)
    print("type:", type(e).__name__)

# After the first StopIteration the value is gone.
try:
    next(g)
except StopIteration as e:
    print("second value:", e.value, e.args)

def bare_return():
    yield 1
    return

def no_return():
    yield 1

def returns_none():
    yield 1
    return None

def returns_tuple():
    yield 1
    return (1, 2)

def returns_exc():
    yield 1
    return ValueError("not raised")

for f in [bare_return, no_return, returns_none, returns_tuple, returns_exc]:
    gen = f()
    next(gen)
    try:
        next(gen)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

# for loops and list() discard the return value.
print(list(gives(3)))
total = 0
for x in gives(4):
    total += x
print(total)

# The value is available through send() too.
def ask():
    name = yield "name?"
    age = yield "age?"
    return {"name": name, "age": age}

q = ask()
print(next(q))
print(q.send("ada"))
try:
    q.send(36)
except StopIteration as e:
    print(sorted(e.value.items()))

# Returning before any yield.
def early(flag):
    if flag:
        return "early"
    yield "late"

try:
    next(early(True))
except StopIteration as e:
    print("early:", e.value)
print(list(early(False)))
