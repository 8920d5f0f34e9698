# User subclasses of ExceptionGroup / BaseExceptionGroup: __new__ and __init__
# overrides, derive() overrides used by split(), a second base (ValueError),
# derive() returning something else, and the members and MRO of the types.
class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup):
    pass

class WithNew(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
        self.extra = "init ran"
    def derive(self, excs):
        return WithNew(self.message, excs, self.code)

class WithInit(ExceptionGroup):
    def __init__(self, *args):
        super().__init__(*args)
        self.seen = len(args)

class Weird(ExceptionGroup, ValueError):
    pass

g = MyEG("mine", [ValueError(1), TypeError(2)])
print(type(g).__name__, repr(g), str(g), g.args, isinstance(g, ExceptionGroup))
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(MyEG.__mro__)
try:
    MyEG("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
b = MyBEG("b", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, repr(b))
b2 = MyBEG("b2", [ValueError()])
print(type(b2).__name__, isinstance(b2, Exception))

w = WithNew("wn", [ValueError(1), TypeError(2)], 42)
print(repr(w), w.code, w.extra, w.args)
wm, wr = w.split(TypeError)
print(type(wm).__name__, wm.code, repr(wm), getattr(wm, "extra", "no extra"))
print(repr(w.subgroup(lambda e: isinstance(e, ValueError))))

wi = WithInit("wi", [ValueError()])
print(wi.seen, wi.args, wi.message)

x = Weird("weird", [ValueError(3)])
print(Weird.__mro__)
print(isinstance(x, ValueError), repr(x), str(x))
try:
    raise x
except ValueError as e:
    print("caught as ValueError:", e)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bd", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

class NoCopy(ExceptionGroup):
    def derive(self, excs):
        return ExceptionGroup("renamed " + self.message, excs)
n = NoCopy("nc", [ValueError(), TypeError()])
n.add_note("note on nc")
nm, nr = n.split(ValueError)
print(repr(nm), nm.__notes__, nm.__notes__ is n.__notes__, repr(nr))

# derive returns plain groups by default (not the subclass)
print(type(MyEG("d", [ValueError()]).derive([TypeError()])).__name__)
print(repr(MyEG("d", [ValueError()]).derive([KeyboardInterrupt()])))

# __class_getitem__ and members
print(ExceptionGroup[ValueError], MyEG[int])
print(BaseExceptionGroup.message, BaseExceptionGroup.exceptions)
try:
    g.message = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    g.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
g.other = 5
print(g.other, g.__dict__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__, ExceptionGroup.__base__)
try:
    raise ExceptionGroup("caught by Exception", [ValueError()])
except Exception as e:
    print("except Exception:", repr(e))
try:
    raise BaseExceptionGroup("not Exception", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("except BaseException:", repr(e))
