# Generating functions from source strings at runtime.
def make_op(name, symbol):
    src = f"def {name}(a, b):\n    return a {symbol} b\n"
    ns = {}
    exec(src, ns)
    fn = ns[name]
    fn.__doc__ = f"a {symbol} b"
    return fn


ops = {}
for name, sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("floordiv", "//"),
                  ("mod", "%"), ("power", "**"), ("band", "&"), ("lt", "<")]:
    ops[name] = make_op(name, sym)

for name, fn in ops.items():
    print(f"{name:9} {fn.__doc__:8} {fn(17, 5)!r}")

# Generate an accessor per key.
def make_getters(keys):
    lines = []
    for k in keys:
        lines.append(f"def get_{k}(d):\n    return d[{k!r}]\n")
    ns = {}
    exec("".join(lines), ns)
    return {k: ns["get_" + k] for k in keys}

getters = make_getters(["alpha", "beta", "gamma"])
record = {"alpha": 1, "beta": [2], "gamma": "three"}
for k, g in getters.items():
    print(g.__name__, g(record))

# A tiny template compiler: turns "Hello {name}!" into an f-string function.
def compile_template(tpl, params):
    src = f"def render({', '.join(params)}):\n    return f{tpl!r}\n"
    ns = {}
    exec(src, ns)
    return ns["render"]

hello = compile_template("Hello {name}, you are {age} ({age * 12} months)", ["name", "age"])
print(hello("ann", 3))
print(hello(age=1, name="bob"))

# Building a dispatch function with an if/elif chain.
cases = {"red": 1, "green": 2, "blue": 3}
body = ["def lookup(c):"]
for i, (k, v) in enumerate(cases.items()):
    kw = "if" if i == 0 else "elif"
    body.append(f"    {kw} c == {k!r}:\n        return {v}")
body.append("    return -1")
ns = {}
exec("\n".join(body), ns)
print([ns["lookup"](c) for c in ["green", "blue", "red", "pink"]])
print("source lines:", len("\n".join(body).splitlines()))
