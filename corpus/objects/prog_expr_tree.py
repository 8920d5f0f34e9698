# An expression tree: tokenizer, recursive-descent parser, evaluation, printing, derivation.
class Expr:
    def __add__(self, other):
        return BinOp("+", self, wrap(other))

    def __radd__(self, other):
        return BinOp("+", wrap(other), self)

    def __mul__(self, other):
        return BinOp("*", self, wrap(other))

    def __rmul__(self, other):
        return BinOp("*", wrap(other), self)

    def __sub__(self, other):
        return BinOp("-", self, wrap(other))

    def __neg__(self):
        return BinOp("-", Num(0), self)


def wrap(v):
    return v if isinstance(v, Expr) else Num(v)


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __str__(self):
        return str(self.value)

    def derive(self, var):
        return Num(0)

    def simplify(self):
        return self


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"unbound variable {self.name}") from None

    def __str__(self):
        return self.name

    def derive(self, var):
        return Num(1 if var == self.name else 0)

    def simplify(self):
        return self


class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        return BinOp.ops[self.op](self.left.eval(env), self.right.eval(env))

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"

    def derive(self, var):
        l, r = self.left, self.right
        dl, dr = l.derive(var), r.derive(var)
        if self.op in "+-":
            return BinOp(self.op, dl, dr)
        if self.op == "*":
            return dl * r + l * dr
        return BinOp("/", dl * r - l * dr, r * r)

    def simplify(self):
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(BinOp.ops[self.op](l.value, r.value))
        if self.op == "*" and (is_num(l, 0) or is_num(r, 0)):
            return Num(0)
        if self.op == "*" and is_num(l, 1):
            return r
        if self.op in "*/" and is_num(r, 1):
            return l
        if self.op == "+" and is_num(l, 0):
            return r
        if self.op in "+-" and is_num(r, 0):
            return l
        return BinOp(self.op, l, r)


def is_num(e, v):
    return isinstance(e, Num) and e.value == v


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0

    @staticmethod
    def tokenize(text):
        tokens, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            elif ch.isalpha():
                tokens.append(("var", ch))
                i += 1
            elif ch in "+-*/()":
                tokens.append(("op", ch))
                i += 1
            else:
                raise ParseError(f"unexpected character {ch!r} at {i}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse(self):
        e = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"trailing input at token {self.pos}")
        return e

    def expr(self):
        e = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            e = BinOp(self.take()[1], e, self.term())
        return e

    def term(self):
        e = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            e = BinOp(self.take()[1], e, self.atom())
        return e

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return Num(value)
        if kind == "var":
            return Var(value)
        if (kind, value) == ("op", "("):
            e = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("missing )")
            return e
        if (kind, value) == ("op", "-"):
            return -self.atom()
        raise ParseError(f"unexpected {value!r}")


env = {"x": 3, "y": 4}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "x * x + 2 * x + 1", "x * y - y / 2",
             "-(x - 10)", "2 * (x + ", "3 $ 4", "z + 1", "1 / (x - 3)", "8 / 4 / 2"]:
    try:
        tree = Parser(text).parse()
        print(f"{text:<18} => {str(tree):<32} = {tree.eval(env)}")
        d = tree.derive("x")
        print(f"{'':<18}    d/dx = {d.simplify()}")
    except ParseError as e:
        print(f"{text:<18} parse error: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{text:<18} eval error: {type(e).__name__}: {e}")
built = 2 * Var("x") + 1
print(built, built.eval({"x": 5}), (Var("a") - 3).eval({"a": 10}), (3 + Var("b")).simplify())
