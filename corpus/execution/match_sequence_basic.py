# Sequence patterns of fixed length, list vs tuple syntax, nesting.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case (x, y, z):
            return f"three: {x},{y},{z}"
        case _:
            return "something else"


for v in [[], (), [1], (1,), [1, 2], (3, 4), [1, 2, 3], (4, 5, 6), [1, 2, 3, 4],
          range(2), range(0), range(3), {1: 2}, {7}, 5]:
    print(repr(v), "->", shape(v))

# List and tuple pattern syntax match either kind of sequence.
for v in [[1, 2], (1, 2)]:
    match v:
        case (1, 2):
            print(type(v).__name__, "matched tuple syntax")
    match v:
        case [1, 2]:
            print(type(v).__name__, "matched list syntax")

# To distinguish them use a class pattern.
for v in [[1, 2], (1, 2)]:
    match v:
        case list([a, b]):
            print("list of", a, b)
        case tuple((a, b)):
            print("tuple of", a, b)

# Parenthesised single pattern is not a tuple.
match 5:
    case (x):
        print("parens capture", x)

# Nested sequences.
grid = [[1, 2], [3, 4]]
match grid:
    case [[a, b], [c, d]]:
        print("det =", a * d - b * c)

# Generators/iterators are not sequences.
def gen():
    yield 1
    yield 2

match gen():
    case [a, b]:
        print("generator matched?!")
    case _:
        print("generator is not a sequence")

match iter([1, 2]):
    case [a, b]:
        print("iterator matched?!")
    case _:
        print("iterator is not a sequence")
