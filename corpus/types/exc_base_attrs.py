# BaseException's descriptors: args, __cause__, __context__, __suppress_context__, __traceback__, __dict__.
for name in ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__"]:
    print(name, BaseException.__dict__[name])
e = ValueError(1, 2)
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__dict__)
e.args = [3]
print(e.args, e)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
for name, value in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1), ("__traceback__", 3)]:
    try:
        setattr(e, name, value)
    except TypeError as ex:
        print(name, type(ex).__name__, ex)
for name in ["args", "__cause__", "__traceback__"]:
    try:
        delattr(e, name)
    except TypeError as ex:
        print(name, type(ex).__name__, ex)
e.note = "n"
print(e.__dict__)
e.__dict__ = {"a": 1}
print(e.a, e.__dict__)
try:
    e.__dict__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
