# corpus: full-stderr
# An uncaught user subclass of BaseExceptionGroup from another module name,
# whose message spans lines (its second line has no margin), raised from a
# function, with a BaseExceptionGroup member holding a KeyboardInterrupt.
class MyEG(BaseExceptionGroup):
    pass


MyEG.__module__ = "pkg.errors"


class LeafError(Exception):
    pass


def fail():
    inner = BaseExceptionGroup("base members", [KeyboardInterrupt(), LeafError("leaf")])
    try:
        raise inner
    except BaseExceptionGroup as e:
        caught = e
    raise MyEG("two\nlines", [caught, LeafError("plain")])


try:
    fail()
except MyEG as e:
    print("caught", type(e).__name__, "with", len(e.exceptions), "members")
print(type(BaseExceptionGroup("b", [KeyboardInterrupt(), LeafError()])).__name__)
fail()
