# A small Forth-like stack language, interpreted with match statements.
class StackError(Exception):
    pass


class Interpreter:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []

    def pop(self, n=1):
        if len(self.stack) < n:
            raise StackError(f"stack underflow: need {n}, have {len(self.stack)}")
        if n == 1:
            return self.stack.pop()
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def tokenize(self, src):
        tokens = []
        for raw in src.split():
            match raw:
                case "true":
                    tokens.append(("bool", True))
                case "false":
                    tokens.append(("bool", False))
                case _ if raw.lstrip("-").isdigit() and raw != "-":
                    tokens.append(("int", int(raw)))
                case _ if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
                    tokens.append(("str", raw[1:-1]))
                case _:
                    tokens.append(("word", raw))
        return tokens

    def compile_blocks(self, tokens):
        """Turn '[ ... ]' into nested ('block', [...]) tokens and ': name ... ;' into definitions."""
        out = []
        stack = [out]
        for tok in tokens:
            match tok:
                case ("word", "["):
                    new = []
                    stack[-1].append(("block", new))
                    stack.append(new)
                case ("word", "]"):
                    if len(stack) == 1:
                        raise StackError("unbalanced ]")
                    stack.pop()
                case _:
                    stack[-1].append(tok)
        if len(stack) != 1:
            raise StackError("unbalanced [")
        return out

    def run(self, program):
        i = 0
        while i < len(program):
            tok = program[i]
            i += 1
            match tok:
                case ("int" | "str" | "bool", value):
                    self.stack.append(value)
                case ("block", body):
                    self.stack.append(body)
                case ("word", ":"):
                    match program[i:]:
                        case [("word", name), *rest]:
                            end = rest.index(("word", ";"))
                            self.words[name] = rest[:end]
                            i += 2 + end
                        case _:
                            raise StackError("bad definition")
                case ("word", name) if name in self.words:
                    self.run(self.words[name])
                case ("word", op):
                    self.builtin(op)

    def builtin(self, op):
        match op:
            case "+" | "-" | "*" | "/" | "%" | "<" | ">" | "=":
                a, b = self.pop(2)
                match op, a, b:
                    case ("/" | "%"), _, 0:
                        raise StackError("division by zero")
                    case ("+", str(), _) | ("+", _, str()):
                        self.stack.append(str(a) + str(b))
                    case "+", _, _:
                        self.stack.append(a + b)
                    case "-", _, _:
                        self.stack.append(a - b)
                    case "*", _, _:
                        self.stack.append(a * b)
                    case "/", _, _:
                        self.stack.append(a // b)
                    case "%", _, _:
                        self.stack.append(a % b)
                    case "<", _, _:
                        self.stack.append(a < b)
                    case ">", _, _:
                        self.stack.append(a > b)
                    case "=", _, _:
                        self.stack.append(a == b)
            case "dup":
                v = self.pop()
                self.stack += [v, v]
            case "drop":
                self.pop()
            case "swap":
                a, b = self.pop(2)
                self.stack += [b, a]
            case "over":
                a, b = self.pop(2)
                self.stack += [a, b, a]
            case ".":
                self.output.append(repr(self.pop()))
            case "if":
                cond, then, other = self.pop(3)
                self.run(then if cond else other)
            case "times":
                n, body = self.pop(2)
                for _ in range(n):
                    self.run(body)
            case "call":
                self.run(self.pop())
            case unknown:
                raise StackError(f"unknown word {unknown!r}")

    def execute(self, src):
        self.output = []
        self.run(self.compile_blocks(self.tokenize(src)))
        return " ".join(self.output)


programs = [
    "1 2 + .",
    "10 3 - 4 * .",
    '"hello" "world" + .',
    '"n=" 5 + .',
    ": square dup * ; 7 square .",
    ": fact dup 1 > [ dup 1 - fact * ] [ ] if ; 10 fact .",
    "1 5 [ 2 * ] times .",
    "3 4 < . 4 3 < . 2 2 = .",
    "0 4 [ 1 + dup . ] times drop",
    "1 2 swap . . 5 6 over . . .",
    "[ 40 2 + ] call .",
    "true [ \"yes\" ] [ \"no\" ] if .",
    "17 5 % . 17 5 / .",
    ": fib dup 2 < [ ] [ dup 1 - fib swap 2 - fib + ] if ; 15 fib .",
    "1 0 / .",
    "+",
    "1 frobnicate",
    "[ 1 2",
]
vm = Interpreter()
for src in programs:
    vm.stack = []
    try:
        out = vm.execute(src)
        print(f"{src:60} => {out}  stack={vm.stack}")
    except StackError as e:
        print(f"{src:60} !! {e}")
print("defined words:", sorted(vm.words))
