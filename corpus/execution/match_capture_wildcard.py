# Capture patterns bind names; the wildcard binds nothing.
def describe(v):
    match v:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"


for v in [0, 5, "s", [1, 2], None]:
    print(describe(v))

# The captured name stays bound after the match statement.
match [10, 20]:
    case [first, second]:
        pass
print("after match:", first, second)

# The wildcard never binds _.
_ = "untouched"
match 42:
    case _:
        print("wildcard matched")
print("_ is still", _)

# A capture inside a sequence together with wildcards.
for seq in [(1, 2, 3), (4, 5, 6), [7, 8, 9]]:
    match seq:
        case (_, middle, _):
            print("middle", middle)

# Capture rebinding a name that already exists.
x = "old"
match "new":
    case x:
        pass
print("x =", x)

# Capture in a loop: last one wins.
results = []
for item in range(5):
    match item:
        case 3:
            results.append("three")
        case n:
            results.append(n * n)
print(results)
print("n after loop:", n)

# Nested function using a capture from a match.
def make():
    match (1, (2, 3)):
        case (a, (b, c)):
            def inner():
                return a + b + c
            return inner
print("closure over captures:", make()())
