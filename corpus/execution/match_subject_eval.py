# The subject is evaluated exactly once; tuple subjects; match inside loops and functions.
count = 0

def subject():
    global count
    count += 1
    print("  evaluating subject, call", count)
    return [count, "x"]


match subject():
    case [2, _]:
        print("two")
    case [1, "y"]:
        print("one y")
    case [1, tag]:
        print("one with", tag)
print("subject evaluated", count, "time(s)")

# A bare tuple as subject.
for a in range(3):
    for b in range(3):
        match a, b:
            case 0, 0:
                r = "both zero"
            case 0, _:
                r = "a zero"
            case _, 0:
                r = "b zero"
            case x, y if x == y:
                r = "equal"
            case _:
                r = "other"
        print(a, b, r)

# FizzBuzz with a tuple subject.
out = []
for i in range(1, 16):
    match i % 3, i % 5:
        case 0, 0:
            out.append("FizzBuzz")
        case 0, _:
            out.append("Fizz")
        case _, 0:
            out.append("Buzz")
        case _:
            out.append(str(i))
print(" ".join(out))

# match and case are soft keywords: usable as ordinary names.
match = [1, 2]
case = "case-value"
match match:
    case [1, x]:
        print("soft keywords as names:", x, case)

# A match with no matching case does nothing.
match 99:
    case 1:
        print("no")
print("fell through silently")

# Star-expression subject builds a tuple.
rest = [3, 4]
match 1, *rest:
    case (1, 3, 4) as t:
        print("starred subject", t, type(t).__name__)
