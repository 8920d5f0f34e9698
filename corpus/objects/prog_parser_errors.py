# An exception hierarchy for a config-file parser, with locations, notes and chaining.
class ConfigError(Exception):
    """Base class for every error of the parser."""


class LexError(ConfigError):
    def __init__(self, message, line, col):
        super().__init__(message)
        self.line, self.col = line, col

    def __str__(self):
        return f"line {self.line}, col {self.col}: {self.args[0]}"


class ParseError(ConfigError):
    def __init__(self, message, line):
        super().__init__(message, line)
        self.line = line

    def __str__(self):
        return f"line {self.line}: {self.args[0]}"


class DuplicateKey(ParseError):
    pass


class SchemaError(ConfigError):
    pass


class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}:{self.text!r}"


def lex_line(text, lineno):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in " \t":
            i += 1
        elif ch == "#":
            break
        elif ch == "=" or ch == "[" or ch == "]":
            tokens.append(Token(ch, ch, lineno, i + 1))
            i += 1
        elif ch == '"':
            j = text.find('"', i + 1)
            if j < 0:
                raise LexError("unterminated string", lineno, i + 1)
            tokens.append(Token("str", text[i + 1:j], lineno, i + 1))
            i = j + 1
        elif ch.isalnum() or ch in "_-.":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in "_-."):
                j += 1
            tokens.append(Token("word", text[i:j], lineno, i + 1))
            i = j
        else:
            raise LexError(f"unexpected character {ch!r}", lineno, i + 1)
    return tokens


class Parser:
    def __init__(self, source):
        self.source = source

    def parse(self):
        data = {}
        section = data
        for lineno, line in enumerate(self.source.splitlines(), 1):
            toks = lex_line(line, lineno)
            if not toks:
                continue
            kinds = [t.kind for t in toks]
            if kinds == ["[", "word", "]"]:
                name = toks[1].text
                if name in data:
                    raise DuplicateKey(f"section {name!r} defined twice", lineno)
                section = data[name] = {}
            elif len(toks) == 3 and kinds[0] == "word" and kinds[1] == "=":
                key = toks[0].text
                if key in section:
                    raise DuplicateKey(f"key {key!r} defined twice", lineno)
                section[key] = self.value(toks[2], lineno)
            else:
                raise ParseError(f"cannot parse {' '.join(map(repr, toks))}", lineno)
        return data

    def value(self, tok, lineno):
        if tok.kind == "str":
            return tok.text
        if tok.text in ("true", "false"):
            return tok.text == "true"
        try:
            return int(tok.text)
        except ValueError:
            try:
                return float(tok.text)
            except ValueError as e:
                raise ParseError(f"bad value {tok.text!r}", lineno) from e


def load(source, required=()):
    try:
        data = Parser(source).parse()
    except LexError as e:
        e.add_note("while lexing")
        raise
    for path in required:
        node = data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                raise SchemaError(f"missing required setting {path!r}")
            node = node[part]
    return data


sources = {
    "good": 'name = "demo"\ndebug = true\n[server]\nport = 8080\nratio = 0.75 # comment\n',
    "lex": 'name = "demo\n',
    "char": "port = 80 ; 90\n",
    "dup": "[a]\nx = 1\n[a]\n",
    "dupkey": "x = 1\nx = 2\n",
    "value": "speed = fast\n",
    "shape": "= 5\n",
    "schema": "[server]\nhost = \"h\"\n",
}
for name, src in sources.items():
    try:
        cfg = load(src, required=["server.port"] if name == "schema" else ())
        print(f"{name:7} OK {cfg}")
    except DuplicateKey as e:
        print(f"{name:7} DuplicateKey({e}) line={e.line} is ParseError: {isinstance(e, ParseError)}")
    except ParseError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{name:7} ParseError({e}) cause={cause}")
    except LexError as e:
        print(f"{name:7} LexError({e}) at {e.line}:{e.col} notes={getattr(e, '__notes__', None)}")
    except ConfigError as e:
        print(f"{name:7} {type(e).__name__}: {e} | doc: {ConfigError.__doc__}")
print([c.__name__ for c in DuplicateKey.__mro__])
print(repr(ParseError("m", 3)), ParseError("m", 3).args, repr(LexError("x", 1, 2)))
