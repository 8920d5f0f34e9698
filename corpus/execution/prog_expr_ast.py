# An arithmetic expression language: tokenizer, parser to AST classes, and a
# simplifier, evaluator and printer written with match statements.
class Node:
    def __init__(self, *values):
        for name, value in zip(self.__match_args__, values):
            setattr(self, name, value)


class Num(Node): __match_args__ = ("value",)
class Var(Node): __match_args__ = ("name",)
class BinOp(Node): __match_args__ = ("op", "left", "right")
class Neg(Node): __match_args__ = ("operand",)
class Call(Node): __match_args__ = ("func", "args")

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "^" | "(" | ")" | ",":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self, min_prec=1):
        left = self.atom()
        while True:
            match self.peek():
                case ("op", op) if op in self.PREC and self.PREC[op] >= min_prec:
                    self.take()
                    next_min = self.PREC[op] if op == "^" else self.PREC[op] + 1
                    left = BinOp(op, left, self.expr(next_min))
                case _:
                    return left

    def atom(self):
        match self.take():
            case ("num", n):
                return Num(n)
            case ("op", "-"):
                return Neg(self.atom())
            case ("op", "("):
                e = self.expr()
                self.expect(")")
                return e
            case ("name", name) if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.expect(")")
                return Call(name, args)
            case ("name", name):
                return Var(name)
            case tok:
                raise SyntaxError(f"unexpected token {tok}")

    def expect(self, op):
        if self.take() != ("op", op):
            raise SyntaxError(f"expected {op!r}")

def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}(" + ", ".join(show(a) for a in args) + ")"

def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", x, Var(b) if isinstance(x, Var) and x.name == b:
                    return Num(0)
                case "^", x, Num(1):
                    return x
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
            return BinOp(op, l, r)
        case Neg(x):
            match simplify(x):
                case Num(v):
                    return Num(-v)
                case Neg(inner):
                    return inner
                case other:
                    return Neg(other)
        case Call(f, args):
            return Call(f, [simplify(a) for a in args])
        case _:
            return node

FUNCS = {"max": max, "min": min, "abs": abs}

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("/", _, r) if evaluate(r, env) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a // b
                case "^": return a ** b
        case Call(name, args) if name in FUNCS:
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case Call(name, _):
            raise NameError(f"unknown function {name}")

env = {"x": 5, "y": 2}
sources = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * 1 + 0", "0 * y + x - x",
           "--x", "max(x, y * 4, 3) - min(1, 2)", "-(2 + 3) * y", "abs(-7) / (y - 2)",
           "z + 1", "x ^ 1 * (3 + 4)", "2 * (3", "4 $ 4"]
for src in sources:
    try:
        tree = Parser(tokenize(src)).expr()
        simple = simplify(tree)
        print(f"{src:30} {show(tree):32} => {show(simple):18} = {evaluate(tree, env)}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:30} error: {type(e).__name__}: {e}")
