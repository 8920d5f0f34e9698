# Scoping rules for code run by exec/eval: closures, class bodies, comprehensions.
def outer():
    secret = "closure value"

    def inner():
        return secret

    # eval sees the local 'secret' and can call inner.
    print(eval("secret + '!'"))
    print(eval("inner()"))
    # A lambda created by eval cannot close over outer's locals: it reads globals.
    f = eval("lambda: secret")
    try:
        print(f())
    except NameError as e:
        print("NameError:", e)
    return inner

outer()
secret = "global secret"
print(eval("lambda: secret")())

# Code in exec is module-level code: nested functions close over exec locals only
# when globals and locals are the same dict.
ns = {}
exec('''
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(3)]
''', ns)
print([a(10) for a in ns["adders"]])

# Comprehensions in exec with separate locals cannot see those locals.
try:
    exec("vals = [1, 2]\nout = [v * k for v in vals]", {}, {"k": 3})
except NameError as e:
    print("NameError:", e)
# ...but the first iterable is evaluated in the enclosing scope.
loc = {"data": [1, 2, 3]}
exec("out = [v * 2 for v in data]", {}, loc)
print(loc["out"])

# Class body inside exec.
ns = {"factor": 3}
exec('''
class Scaled:
    factor = 10
    values = [factor * i for i in range(3)]
    def get(self):
        return factor
''', ns)
print(ns["Scaled"].values, ns["Scaled"]().get())

# global and nonlocal inside exec'd functions.
ns = {"count": 0}
exec('''
def bump():
    global count
    count += 1

def counter():
    c = 0
    def step():
        nonlocal c
        c += 1
        return c
    return step
''', ns)
ns["bump"]()
ns["bump"]()
print("count:", ns["count"])
step = ns["counter"]()
print(step(), step(), step())

# eval inside a comprehension in a function sees the comprehension variable.
def squares():
    return [eval("i * i") for i in range(4)]

print(squares())

# exec writing a global through globals().
def setter():
    exec("g_from_exec = 99", globals())

setter()
print(g_from_exec)
