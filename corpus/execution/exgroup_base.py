# BaseExceptionGroup with non-Exception members, and how except*/except see them.
class Stop(BaseException):
    pass


bg = BaseExceptionGroup("mixed", [Stop("halt"), ValueError("v")])
print(type(bg).__name__, isinstance(bg, Exception), repr(bg))

m, r = bg.split(ValueError)
print("split ValueError:", type(m).__name__, repr(m), "|", type(r).__name__, repr(r))
m, r = bg.split(Stop)
print("split Stop:", type(m).__name__, repr(m), "|", type(r).__name__, repr(r))

# except Exception does not catch a BaseExceptionGroup.
try:
    try:
        raise bg
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)

# except* can handle both parts.
try:
    raise BaseExceptionGroup("both", [Stop("s1"), ValueError("v1"), Stop("s2")])
except* Stop as eg:
    print("Stop part:", type(eg).__name__, [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("ValueError part:", type(eg).__name__, [str(e) for e in eg.exceptions])

# Only the Exception part handled: the rest stays a BaseExceptionGroup.
try:
    try:
        raise BaseExceptionGroup("partial", [Stop("keep"), ValueError("drop")])
    except* ValueError:
        print("handled ValueError")
except BaseExceptionGroup as e:
    print("left over:", type(e).__name__, repr(e))

# derive on BaseExceptionGroup gives BaseExceptionGroup or ExceptionGroup?
d = bg.derive([ValueError("only exc")])
print("derive:", type(d).__name__, repr(d))
d2 = bg.derive([Stop("only base")])
print("derive:", type(d2).__name__, repr(d2))

# A user subclass of BaseExceptionGroup.
class MyBase(BaseExceptionGroup):
    pass

mb = MyBase("mine", [Stop(1)])
print(type(mb).__name__, isinstance(mb, Exception), mb.message)
mb2 = MyBase("mine2", [ValueError(1)])
print(type(mb2).__name__, isinstance(mb2, Exception))
