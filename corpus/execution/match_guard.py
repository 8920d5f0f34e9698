# Guards: evaluated after the pattern binds; a failed guard moves on to the next case.
calls = []

def noisy(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


for s in [95, 90, 85, 72, 10, -5, 101]:
    print(s, grade(s))

# Guards run only when the pattern itself matched.
def probe(v):
    match v:
        case [x, y] if noisy(f"g1 {x},{y}", x > y):
            return "descending pair"
        case [x, y] if noisy(f"g2 {x},{y}", x == y):
            return "equal pair"
        case [x, *_] if noisy(f"g3 {x}", True):
            return "other list"
        case x if noisy("g4", False):
            return "never"
        case _:
            return "fallback"


for v in [[2, 1], [1, 1], [1, 2], [5, 6, 7], "str"]:
    calls.clear()
    print(v, probe(v), calls)

# Bindings from a pattern whose guard failed are still visible afterwards.
match (10, 20):
    case (a, b) if a > b:
        print("not printed")
    case _:
        print("guard failed; a, b =", a, b)

# Guards can call functions and use outer variables.
threshold = 3
words = ["a", "tree", "bee", "elephant", ""]
for w in words:
    match w:
        case "":
            print(repr(w), "empty")
        case str() if len(w) > threshold and w.startswith("e"):
            print(repr(w), "long e-word")
        case str() if len(w) > threshold:
            print(repr(w), "long")
        case _:
            print(repr(w), "short")

# A guard raising propagates out of the match.
def bad(v):
    match v:
        case n if 10 // n:
            return "ok"
    return "falsy"

for v in [5, 20]:
    print(v, bad(v))
try:
    bad(0)
except ZeroDivisionError as e:
    print("guard raised:", e)
