# exec/eval with a separate locals mapping, including a user mapping type.
g = {"base": 100}
l = {}
exec("a = base + 1\nb = a * 2", g, l)
print("locals:", l)
print("globals got a?", "a" in g)

# Functions defined in exec with separate locals do not see those locals as globals.
l2 = {}
exec("helper_value = 5\ndef f():\n    return helper_value\n", {}, l2)
try:
    l2["f"]()
except NameError as e:
    print("NameError:", e)

# A dict subclass as locals: lookups go through __getitem__.
class Recorder(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("  setitem", key, value)
        dict.__setitem__(self, key, value)

rec = Recorder(x=1)
exec("y = x + 1\nz = y * 3", {}, rec)
print(sorted(rec.items()))

# A non-dict mapping for locals in eval.
class Squares:
    def __getitem__(self, key):
        if key.startswith("sq"):
            n = int(key[2:])
            return n * n
        raise KeyError(key)

print(eval("sq3 + sq4", {}, Squares()))
try:
    eval("sq2 + other", {}, Squares())
except NameError as e:
    print("NameError:", e)

# Names missing from a mapping fall back to globals, then builtins.
print(eval("len(word) + sq5", {"word": "abcd"}, Squares()))

# Globals must be a real dict.
try:
    eval("1", Squares())
except TypeError as e:
    print("TypeError:", e)

# Locals that are not a mapping.
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)

# A class body executed with exec and a fresh locals dict.
body_ns = {}
exec("attr = 1\ndef method(self):\n    return attr\n", {"attr": "global attr"}, body_ns)
K = type("K", (), body_ns)
print(K.attr, K().method())

# exec inside a function does not change its real locals.
def f():
    v = 1
    exec("v = 2")
    return v

print("function local unchanged:", f())

# But the dict returned by locals() inside a function can be passed in.
def g2():
    ns = locals()
    exec("w = 'via locals dict'", globals(), ns)
    return ns["w"]

print(g2())
