# Assignment expressions: scope rules in comprehensions, lambdas and class bodies.
values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print("long list of", n)

# In a comprehension the target binds in the enclosing scope.
total = 0
running = [total := total + v for v in values]
print(running, "total:", total)

biggest = None
found = [v for v in values if (biggest := v) > 7]
print(found, "last assigned:", biggest)


def in_function():
    hits = [y for x in range(5) if (y := x * x) > 5]
    return hits, y


print(in_function())


# Inside a nested function, the walrus binds in the function's scope.
def outer():
    def inner():
        return [(last := i) for i in range(3)], last
    r = inner()
    try:
        last
    except NameError as e:
        return r, "NameError: " + str(e)


print(outer())

# While loops reading chunks.
data = list(range(10))
chunks = []
while chunk := data[:3]:
    chunks.append(chunk)
    data = data[3:]
print(chunks)

# Lambda with walrus.
f = lambda x: (y := x + 1) * y
print(f(3))

# Walrus in a comprehension inside a class body is a SyntaxError; compile it to see.
try:
    compile("class C:\n    r = [(z := i) for i in range(3)]\n", "<cls>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# Rebinding the iteration variable is not allowed.
try:
    compile("[i := 0 for i in range(3)]", "<comp>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# Nested comprehensions: binds in the outermost enclosing function/module scope.
pairs = [[(last_pair := (a, b)) for b in range(2)] for a in range(2)]
print(pairs, last_pair)

# Walrus in a match guard.
for word in ["apple", "kiwi", "banana"]:
    match word:
        case str() if (size := len(word)) > 4:
            print(word, "is long:", size)
        case _:
            print(word, "is short:", size)
