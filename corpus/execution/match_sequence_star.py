# Star patterns in sequences.
def parts(v):
    match v:
        case []:
            return "empty"
        case [only]:
            return f"only={only}"
        case [first, *rest]:
            return f"first={first} rest={rest}"


for v in [[], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7), range(3)]:
    print(repr(v), parts(v))


def ends(v):
    match v:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "too short"


for v in [[1], [1, 2], [1, 2, 3], (1, 2, 3, 4, 5), "ab"]:
    print(repr(v), ends(v))

# The star capture is always a list, even for tuples and ranges.
match (1, 2, 3):
    case (*init, tail):
        print("init", init, type(init).__name__, "tail", tail)
match range(5):
    case [a, *b]:
        print("range:", a, b, type(b).__name__)

# *_ does not bind anything.
match [9, 8, 7, 6]:
    case [*_, penultimate, _]:
        print("penultimate", penultimate)

# Star in the middle with literals around it.
def check(v):
    match v:
        case [0, *xs, 0]:
            return f"zero-bracketed {xs}"
        case ["cmd", *args]:
            return f"command with {len(args)} args: {args}"
        case [*xs, "end"]:
            return f"ends with end after {xs}"
        case _:
            return "no"


for v in [[0, 0], [0, 1, 2, 0], ["cmd"], ["cmd", "a", "b"], ["x", "end"],
          ["end"], [0, 1]]:
    print(v, check(v))

# Sum a list recursively with star patterns.
def total(xs):
    match xs:
        case []:
            return 0
        case [head, *tail]:
            return head + total(tail)

print("total", total(list(range(1, 11))))
