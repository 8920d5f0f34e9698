# eval of expressions, with and without explicit namespaces.
x = 10
print(eval("1 + 2 * 3"))
print(eval("x * 2"))
print(eval("[i * i for i in range(5)]"))
print(eval("'-'.join(['a', 'b', 'c'])"))
print(eval("  (x, x + 1)  "))
print(eval("{'k': x}"))
print(eval("lambda y: y + x")(5))

# Explicit globals.
g = {"a": 3, "b": 4}
print(eval("a * a + b * b", g))
print("__builtins__ was added:", "__builtins__" in g)
print(sorted(k for k in g if k != "__builtins__"))

# Globals plus locals: locals win.
print(eval("a + b", {"a": 1, "b": 2}, {"b": 100}))

# Builtins are reachable through the injected __builtins__.
print(eval("len('hello') + abs(-3)", {}))

# Removing builtins.
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# Providing a custom builtins dict.
print(eval("double(21)", {"__builtins__": {"double": lambda v: v * 2}}))

# Name errors inside eval.
try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)

# eval of a statement is a SyntaxError.
try:
    eval("y = 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# eval accepts bytes source too.
print(eval(b"40 + 2"))

# Nested eval.
print(eval("eval('1 + 1') * 10"))

# Walrus inside eval writes to the locals mapping.
ns = {}
print(eval("(z := 7) * 2", {}, ns), ns)

# eval sees the caller's locals by default.
def f():
    local_value = "inside f"
    return eval("local_value.upper()")

print(f())

# Conditional and comparison chains.
for v in [1, 5, 10]:
    print(v, eval("'small' if v < 3 else 'mid' if v < 8 else 'big'"), eval("1 < v <= 5"))
