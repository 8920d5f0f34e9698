# The __builtins__ entry of exec/eval globals, and shadowing builtins.
g = {}
exec("pass", g)
b = g["__builtins__"]
print("builtins injected:", type(b).__name__ in ("dict", "module"))
print("same builtins as ours:", (b if isinstance(b, dict) else vars(b)) is (__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)))

# Shadowing a builtin in globals.
print(eval("len([1, 2, 3])", {"len": lambda s: "shadowed"}))

# Shadowing in locals beats globals and builtins.
print(eval("max(1, 5)", {"max": lambda *a: "global max"}, {"max": lambda *a: "local max"}))

# A restricted builtins dict.
safe = {"__builtins__": {"abs": abs, "min": min, "print": print}}
exec("print('restricted:', abs(-4), min(3, 1, 2))", safe)
for expr in ["open('x')", "__import__('os')", "len('x')"]:
    try:
        eval(expr, safe)
    except NameError as e:
        print("blocked:", e)

# An existing __builtins__ key is kept, not replaced.
marker = {"tag": lambda: "custom builtins kept"}
g2 = {"__builtins__": marker}
print(eval("tag()", g2), g2["__builtins__"] is marker)

# Builtins modified through the mapping are visible to new code.
custom = dict(b if isinstance(b, dict) else vars(b))
custom["greet"] = lambda: "hi from custom builtin"
print(eval("greet()", {"__builtins__": custom}))

# Functions defined in exec keep their globals' builtins.
ns = {"__builtins__": {"len": lambda s: -1}}
exec("def size(x):\n    return len(x)\n", ns)
print("size via custom len:", ns["size"]("abc"))

# Deleting a global name falls back to the builtin.
ns = {"abs": lambda v: "fake abs"}
print(eval("abs(-2)", ns))
del ns["abs"]
print(eval("abs(-2)", ns))

# Names introduced by exec into globals() are visible afterwards.
exec("from_exec_1 = 1; from_exec_2 = from_exec_1 + 1")
print(from_exec_1, from_exec_2)
