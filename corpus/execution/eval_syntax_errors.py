# SyntaxErrors from eval/exec/compile, caught; attributes of the error.
cases = [
    ("eval", "1 +"),
    ("eval", "(1, 2"),
    ("exec", "x = = 1"),
    ("exec", "def f(:\n    pass"),
    ("exec", "if True:\nprint('x')"),
    ("exec", "for x in range(3):\n    pass\n  else:\n    pass"),
    ("exec", "return 5"),
    ("exec", "break"),
    ("exec", "x = 1\ny = 2\nz = (3\n"),
    ("eval", "lambda: yield"),
    ("exec", "f(**x, *y)"),
    ("exec", "a, b += 1"),
    ("exec", "del f()"),
    ("exec", "1 = x"),
    ("exec", "'unterminated"),
    ("exec", "x = 1 if y"),
    ("exec", "class C(:\n    pass"),
    ("exec", "nonlocal q"),
    ("exec", "def g():\n    x = 1\n    global x"),
    ("exec", "async def a():\n    yield from b()"),
    ("exec", "print 'hello'"),
]

for mode, src in cases:
    try:
        compile(src, "<case>", mode)
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__:16} line {e.lineno}: {e.msg}   <- {src!r}")

# The same errors via eval and exec directly.
try:
    eval("2 **")
except SyntaxError as e:
    print("eval:", e.msg, e.filename, e.lineno, repr(e.text))

try:
    exec("while:\n    pass")
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno, e.offset, repr(e.text))

# A SyntaxError is an Exception with args (msg, details).
try:
    compile("x +* 1", "my_file.py", "exec")
except SyntaxError as e:
    print("args[0]:", e.args[0])
    print("details:", e.args[1])
    print("str:", str(e))
    print(isinstance(e, Exception), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))

# Errors at runtime from exec'd code are not SyntaxErrors.
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("runtime error from exec:", e)
