# As-patterns bind the value matched by a sub-pattern.
def tag(v):
    match v:
        case [1 | 2 | 3 as small, *rest]:
            return f"small head {small}, rest {rest}"
        case (int() | float()) as num:
            return f"number {num}"
        case [str() as a, str() as b] as whole:
            return f"two strings {a} {b} in {whole}"
        case {"id": int() as ident} as record:
            return f"record {ident} with {len(record)} keys"
        case _ as anything:
            return f"anything: {anything!r}"


for v in [[2, 9, 9], [5], 3, 1.25, ["x", "y"], {"id": 4, "n": "q"}, {"id": "no"}, None]:
    print(repr(v), "->", tag(v))

# As-pattern around a class pattern keeps the original object.
class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
match tree:
    case Node(v, [Node() as first, Node(_, [leaf]) as second]):
        print("root", v, "first", first, "second", second, "leaf", leaf)

# Nested as-patterns.
match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)

# As-pattern on a mapping value.
match {"pos": (3, 4)}:
    case {"pos": (x, y) as pos}:
        print("pos", pos, "distance squared", x * x + y * y)

# The name bound by "as" is the same object.
data = [[1, 2], [3]]
match data:
    case [list() as l1, list() as l2]:
        print("identity kept:", l1 is data[0], l2 is data[1])
