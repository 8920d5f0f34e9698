# Literal patterns: ints, strings, floats, None, True/False, negative and complex numbers.
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case b"raw":
            return "bytes raw"
        case _:
            return "other " + repr(v)


values = [0, 1, -1, 2.5, "hello", "", None, True, False, 1 + 2j, -3 - 4j,
          b"raw", 0.0, 1.0, -0.0, 2, "Hello", b"", (1 + 2j) * 1, 5 / 2, 3]
for v in values:
    print(repr(v), "->", classify(v))

# True/False/None use identity; numbers use equality.
def ident(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "neither"

for v in [True, 1, 1.0, False, 0]:
    print(repr(v), ident(v))

# Adjacent string literals concatenate in patterns too.
def strs(s):
    match s:
        case "ab" "cd":
            return "abcd!"
        case "x" "":
            return "x!"
        case _:
            return "?"

for s in ["abcd", "ab", "x", "cd"]:
    print(s, strs(s))

# Floats that compare equal to ints.
for v in [0.0, -0.0, 0, False]:
    match v:
        case 0:
            print(repr(v), "matched literal 0")
        case _:
            print(repr(v), "did not match 0")
