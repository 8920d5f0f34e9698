# sys._getframe(): code name, line numbers, locals and globals of frames.
import sys

def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno

print(where())

def caller_name():
    return sys._getframe(1).f_code.co_name

def alpha():
    return caller_name()

def beta():
    return caller_name()

print(alpha(), beta(), caller_name())

# f_lineno tracks the current line.
def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    c = f.f_lineno
    return b - a, c - a

print("line deltas:", lines())

# f_locals reflects local variables at the time of the call.
def show_locals(p, q=2):
    r = p + q
    loc = sys._getframe().f_locals
    return sorted(k for k in loc), loc["r"]

print(show_locals(1))

# f_globals is the module globals.
def check_globals():
    return sys._getframe().f_globals is globals()

print("f_globals is globals():", check_globals())
print("module frame name:", sys._getframe().f_code.co_name)
print("module frame f_locals is globals():", sys._getframe().f_locals is globals())

# f_back chain walking.
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level2():
    return chain()

def level1():
    return level2()

print(level1())

# Asking for a frame too deep.
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

# Frames of a method and a lambda.
class K:
    def m(self):
        return sys._getframe().f_code.co_name, sys._getframe().f_code.co_qualname

print(K().m())
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
