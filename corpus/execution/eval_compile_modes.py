# compile() in 'exec', 'eval' and 'single' modes, then running the code objects.
code_eval = compile("a * b + 1", "<string>", "eval")
print(type(code_eval).__name__, code_eval.co_filename, code_eval.co_name)
for a, b in [(1, 2), (3, 4), (5, 6)]:
    print(eval(code_eval, {"a": a, "b": b}))

code_exec = compile("total = 0\nfor i in range(n):\n    total += i\n", "<loop>", "exec")
print(code_exec.co_filename, code_exec.co_name)
for n in [3, 10]:
    ns = {"n": n}
    print("exec returns", exec(code_exec, ns), "total =", ns["total"])

# An 'eval' code object can be exec'd too (result discarded).
print("exec of eval code:", exec(code_eval, {"a": 1, "b": 1}))
# An 'exec' code object can be eval'd (result is None).
print("eval of exec code:", eval(code_exec, {"n": 2}))

# 'single' mode prints the value of expression statements via sys.displayhook.
single = compile("40 + 2", "<single>", "single")
print("running single:")
exec(single)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
print("x was set?", "x" in globals())
exec(compile("for i in range(3): i * 10\n", "<single>", "single"))

# Only one statement is allowed in single mode.
try:
    compile("a = 1\nb = 2\n", "<single>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# Invalid mode.
try:
    compile("1", "<string>", "bogus")
except ValueError as e:
    print("ValueError:", e)

# Compiling an expression in eval mode that is a statement fails.
try:
    compile("import_me = 1", "<string>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)

# Code objects are reusable; globals differ per run.
counter_code = compile("count = count + 1", "<count>", "exec")
g = {"count": 0}
for _ in range(5):
    exec(counter_code, g)
print("count:", g["count"])

# compile accepts bytes and a trailing-newline-less exec source.
print(eval(compile(b"'bytes source'", "<b>", "eval")))
ns = {}
exec(compile("def f():\n    return 'no newline'", "<f>", "exec"), ns)
print(ns["f"]())
print(ns["f"].__code__.co_filename)
