# An arithmetic expression evaluator: a generator-based tokenizer and a
# recursive-descent parser that consumes the token stream lazily.

class CalcError(Exception):
    pass


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            if literal.count(".") > 1:
                raise CalcError(f"bad number {literal!r} at {start}")
            yield ("NUM", float(literal) if "." in literal else int(literal), start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            yield ("NAME", text[start:i], start)
        elif ch == "*" and text[i:i + 2] == "**":
            yield ("OP", "**", i)
            i += 2
        elif ch in "+-*/%(),":
            yield ("OP", ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    yield ("END", None, len(text))


class Tokens:  # one-token lookahead over the tokenizer generator
    def __init__(self, gen):
        self.gen = gen
        self.current = next(gen)

    def peek(self, *values):
        kind, value, _ = self.current
        return value in values and kind == "OP"

    def take(self):
        token = self.current
        if token[0] != "END":
            self.current = next(self.gen)
        return token

    def expect(self, value):
        if not self.peek(value):
            kind, got, pos = self.current
            got = "end of input" if kind == "END" else repr(got)
            raise CalcError(f"expected {value!r} at {pos}, got {got}")
        return self.take()


FUNCTIONS = {
    "abs": abs,
    "max": max,
    "min": min,
    "sqr": lambda x: x * x,
}


def parse_expr(toks, env):
    value = parse_term(toks, env)
    while toks.peek("+", "-"):
        op = toks.take()[1]
        rhs = parse_term(toks, env)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(toks, env):
    value = parse_unary(toks, env)
    while toks.peek("*", "/", "%"):
        op = toks.take()[1]
        rhs = parse_unary(toks, env)
        if op != "*" and rhs == 0:
            raise CalcError("division by zero")
        value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
    return value


def parse_unary(toks, env):
    if toks.peek("-"):
        toks.take()
        return -parse_unary(toks, env)
    if toks.peek("+"):
        toks.take()
        return parse_unary(toks, env)
    return parse_power(toks, env)


def parse_power(toks, env):
    base = parse_atom(toks, env)
    if toks.peek("**"):
        toks.take()
        return base ** parse_unary(toks, env)  # right associative
    return base


def parse_atom(toks, env):
    kind, value, pos = toks.take()
    if kind == "NUM":
        return value
    if kind == "NAME":
        if toks.peek("("):
            toks.take()
            args = [parse_expr(toks, env)]
            while toks.peek(","):
                toks.take()
                args.append(parse_expr(toks, env))
            toks.expect(")")
            if value not in FUNCTIONS:
                raise CalcError(f"unknown function {value!r}")
            return FUNCTIONS[value](*args)
        if value not in env:
            raise CalcError(f"unknown variable {value!r} at {pos}")
        return env[value]
    if kind == "OP" and value == "(":
        inner = parse_expr(toks, env)
        toks.expect(")")
        return inner
    if kind == "END":
        raise CalcError("unexpected end of input")
    raise CalcError(f"unexpected {value!r} at {pos}")


def evaluate(text, env):
    toks = Tokens(tokenize(text))
    value = parse_expr(toks, env)
    if toks.current[0] != "END":
        raise CalcError(f"trailing input at {toks.current[2]}")
    return value


print([tok[:2] for tok in tokenize("x1 + 2.5*(y - 3) ** 2")])

env = {"x": 4, "y": 2.5, "rate": 0.25}
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4 + 10 % 4",
    "x * y - rate",
    "max(1, x, 3) + min(7, 2 * x)",
    "sqr(x + 1) - abs(-3)",
    "((((7))))",
    "3 +",
    "4 / (x - 4)",
    "2 $ 3",
    "1.2.3 + 1",
    "foo + 1",
    "bar(2)",
    "(1 + 2",
    "1 2",
    "max(1, 2",
    ")",
]
for source in programs:
    try:
        result = evaluate(source, env)
        print(f"{source:<30} = {result}")
    except CalcError as e:
        print(f"{source:<30} ! {e}")

# The tokenizer is lazy: an error late in the input appears only when reached.
lazy = tokenize("1 + 2 # 3")
print(next(lazy)[:2], next(lazy)[:2], next(lazy)[:2])
try:
    next(lazy)
except CalcError as e:
    print("late error:", e)
