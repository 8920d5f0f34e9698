# exec defining functions and classes into a namespace dict.
src = '''
def greet(name):
    return "hello " + name

class Counter:
    start = 0

    def __init__(self):
        self.n = self.start

    def bump(self, by=1):
        self.n += by
        return self.n

TOTAL = sum(range(10))
helper = lambda v: greet(str(v))
'''

ns = {}
result = exec(src, ns)
print("exec returns:", result)
names = sorted(k for k in ns if k != "__builtins__")
print(names)
print(ns["greet"]("world"))
c = ns["Counter"]()
print(c.bump(), c.bump(5))
print(ns["TOTAL"], ns["helper"](42))

# Functions defined by exec use the exec globals as __globals__.
print("function globals is ns:", ns["greet"].__globals__ is ns)
print("function module:", ns["greet"].__module__)
print("class module:", ns["Counter"].__module__)

# A __name__ in the namespace becomes the module of new classes/functions.
ns2 = {"__name__": "generated"}
exec("class Thing: pass\ndef fn(): pass", ns2)
print(ns2["Thing"].__module__, ns2["fn"].__module__, ns2["Thing"].__qualname__)

# exec modifies the real globals when given globals().
exec("made_by_exec = 'yes'", globals())
print(made_by_exec)

# Functions from exec can call each other through the shared namespace.
ns3 = {}
exec('''
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)
''', ns3)
print([ns3["is_even"](i) for i in range(6)])

# Redefining in the same namespace.
exec("def greet(name): return 'hi ' + name", ns)
print(ns["greet"]("again"), "| helper now uses:", ns["helper"](1))

# exec with a code string containing a class using super().
ns4 = {}
exec('''
class Base:
    def who(self):
        return "base"

class Child(Base):
    def who(self):
        return "child of " + super().who()
''', ns4)
print(ns4["Child"]().who())
print([k.__name__ for k in ns4["Child"].__mro__])
