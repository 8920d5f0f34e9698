# Or-patterns: alternatives tried left to right; every alternative binds the same names.
def weekday(d):
    match d:
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "workday"
        case _:
            return "not a day"


for d in ["mon", "sat", "sun", "fri", "xyz"]:
    print(d, weekday(d))


def point(p):
    match p:
        case (0, y) | (y, 0):
            return f"on an axis, other coordinate {y}"
        case [x, y] | {"x": x, "y": y}:
            return f"general point {x},{y}"
        case int(n) | float(n):
            return f"a number {n}"
        case _:
            return "unknown"


for p in [(0, 5), (7, 0), (0, 0), [2, 3], {"x": 1, "y": 9, "z": 0}, 4, 2.5, "s"]:
    print(p, "->", point(p))

# Or-patterns nested inside sequences.
def op(tokens):
    match tokens:
        case [("+" | "-") as sign, int(n)]:
            return n if sign == "+" else -n
        case [("*" | "x"), int(a), int(b)]:
            return a * b
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return None


for t in [["+", 3], ["-", 3], ["*", 2, 5], ["x", 3, 3], ["quit"], ["exit"], ["/", 1]]:
    print(t, "->", op(t))

# Which alternative matched: the first one that succeeds.
def which(v):
    match v:
        case [a, 1] | [1, a]:
            return f"a={a}"
    return "none"

print(which([1, 1]), which([5, 1]), which([1, 5]), which([2, 2]))

# Or-pattern of class patterns.
class A:
    pass

class B:
    pass

class C:
    pass

for obj in [A(), B(), C()]:
    match obj:
        case A() | B():
            print(type(obj).__name__, "is A or B")
        case _:
            print(type(obj).__name__, "is something else")
