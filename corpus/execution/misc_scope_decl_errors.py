# Scope declarations rejected at compile time, and closures over loop variables.
# nonlocal and global errors are compile-time.
for src in ["def f():\n    nonlocal nothing\n",
            "def f():\n    v = 1\n    def g():\n        v = 2\n        nonlocal v\n",
            "def f(a):\n    global a\n",
            "def f(a):\n    nonlocal a\n",
            "nonlocal top\n",
            "def f():\n    print(g)\n    global g\n",
            "def f():\n    global h\n    nonlocal h\n",
            "class C:\n    nonlocal z\n",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"SyntaxError line {e.lineno}: {e.msg}")

# Closures capturing loop variables via default args vs cells.
def builders():
    out = []
    for i in range(3):
        def by_cell():
            return i

        def by_default(i=i):
            return i

        out.append((by_cell, by_default))
    return [(a(), b()) for a, b in out]

print(builders())
# Declarations that are fine: global of an unbound name, nonlocal through levels.
ns = {}
exec("def setter():\n    global fresh\n    fresh = 'created'\nsetter()\n", ns)
print("fresh =", ns["fresh"])

def a():
    v = "a's v"
    def b():
        def c():
            nonlocal v
            v = "changed by c"
        c()
    b()
    return v

print(a())

# A name that is global in one function and local in another.
shared = "module"

def reads_global():
    global shared
    return shared

def has_local():
    shared = "local"
    return shared

print(reads_global(), has_local(), shared)
