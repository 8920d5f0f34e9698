# Deeply nested patterns mixing sequences, mappings and classes.
class Call:
    __match_args__ = ("func", "args")

    def __init__(self, func, args):
        self.func = func
        self.args = args


class Name:
    __match_args__ = ("id",)

    def __init__(self, id):
        self.id = id


class Const:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


def show(node):
    match node:
        case Const(int(v) | float(v)):
            return str(v)
        case Const(str(s)):
            return repr(s)
        case Name(id):
            return id
        case Call(Name("print"), [single]):
            return f"print-one({show(single)})"
        case Call(Name(fname), []):
            return f"{fname}()"
        case Call(Name(fname), [first, *more]):
            return f"{fname}(" + ", ".join([show(first)] + [show(m) for m in more]) + ")"
        case Call(Call() as inner, args):
            return f"({show(inner)})(" + ", ".join(show(a) for a in args) + ")"
        case _:
            return "?"


trees = [
    Const(3), Const(2.5), Const("hi"), Name("x"),
    Call(Name("print"), [Const("hello")]),
    Call(Name("f"), []),
    Call(Name("g"), [Name("a"), Const(1), Call(Name("h"), [Name("b")])]),
    Call(Call(Name("make"), [Const(0)]), [Name("y")]),
    Call(Const(1), []),
]
for t in trees:
    print(show(t))

# Nested JSON-like data.
config = {
    "servers": [
        {"name": "a", "ports": [80, 443], "tags": {"env": "prod"}},
        {"name": "b", "ports": [8080], "tags": {"env": "dev", "team": "x"}},
        {"name": "c", "ports": [], "tags": {}},
        {"name": "d"},
    ]
}
match config:
    case {"servers": [*servers]}:
        for s in servers:
            match s:
                case {"name": n, "ports": [80, *others], "tags": {"env": "prod"}}:
                    print(n, "prod web server, other ports", others)
                case {"name": n, "ports": [p], "tags": {"env": env, **extra}}:
                    print(n, "single port", p, "env", env, "extra", extra)
                case {"name": n, "ports": []}:
                    print(n, "no ports")
                case {"name": n}:
                    print(n, "incomplete")
