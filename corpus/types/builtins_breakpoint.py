# breakpoint() calls sys.breakpointhook; a replaced hook receives the arguments.
import sys
print(sys.breakpointhook is sys.__breakpointhook__)
calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__
