# Subclasses of ExceptionGroup: derive() decides the type of split results.
class PlainSub(ExceptionGroup):
    pass


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        obj = super().__new__(cls, message, excs)
        obj.tag = tag
        return obj

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "*")


p = PlainSub("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print("no derive override ->", type(m).__name__, type(r).__name__)
print("derive result:", repr(p.derive([OSError(9)])))

t = Tagged("tagged", [ValueError(1), TypeError(2), ValueError(3)], "T")
print("t:", type(t).__name__, t.tag, t.message, len(t.exceptions))
m, r = t.split(ValueError)
print("match:", type(m).__name__, m.tag, m.message, [e.args[0] for e in m.exceptions])
print("rest: ", type(r).__name__, r.tag, r.message, [e.args[0] for e in r.exceptions])
m2, r2 = m.split(lambda e: isinstance(e, ValueError) and e.args[0] == 3)
print("again:", m2.tag, r2.tag, [e.args[0] for e in m2.exceptions])

# except* uses derive too.
try:
    raise t
except* TypeError as eg:
    print("except* part:", type(eg).__name__, eg.tag, eg.exceptions)
except* ValueError as eg:
    print("except* part:", type(eg).__name__, eg.tag, [str(e) for e in eg.exceptions])

# Attributes added in __init__ are not copied by the default derive.
class Noted(ExceptionGroup):
    pass

n = Noted("noted", [ValueError(1), KeyError(2)])
n.extra = "extra data"
n.add_note("a note")
m, r = n.split(KeyError)
print("extra copied?", hasattr(m, "extra"), "notes:", getattr(m, "__notes__", None))

# A subclass wrapping BaseExceptions must derive from BaseExceptionGroup.
try:
    PlainSub("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
