# Per-class fields: StopIteration.value, SystemExit.code, ImportError msg/name/path, NameError/AttributeError name/obj.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code, SystemExit(None).code)
e = ImportError("boom", name="mod", path="/p")
print(e, e.msg, e.name, e.path, e.args)
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")))
print(ModuleNotFoundError("m", name="x").name)
try:
    ImportError(bogus=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(NameError("n", name="v").name, NameError().name, UnboundLocalError(name="u").name)
a = AttributeError("msg", name="attr", obj=[1])
print(a, a.name, a.obj, AttributeError().obj)
try:
    ValueError(x=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    KeyError(key=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
s = StopIteration(1)
s.value = 5
print(s.value, s.args)
print(StopIteration.value, SystemExit.code, ImportError.msg, NameError.name, AttributeError.obj)
print(ImportError("m", name="n").__reduce__())
