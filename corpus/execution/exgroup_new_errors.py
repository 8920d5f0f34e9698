# Constructor and method argument errors of the exception group types, with
# CPython 3.11 messages; split/subgroup edge cases (predicates, repeated
# leaves, deep nesting, everything or nothing matching).
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class S(str):
    pass

def gen():
    yield ValueError()

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("None message", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("str subclass message", lambda: ExceptionGroup(S("sub"), [ValueError()]).message)
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("generator", lambda: ExceptionGroup("m", gen()))
attempt("dict", lambda: ExceptionGroup("m", {1: 2}))
attempt("int", lambda: ExceptionGroup("m", 5))
attempt("None", lambda: ExceptionGroup("m", None))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("string", lambda: ExceptionGroup("m", "ab"))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("second item bad", lambda: ExceptionGroup("m", [ValueError(), 7]))
attempt("base in EG", lambda: ExceptionGroup("m", [ValueError(), SystemExit()]))
attempt("base in BEG", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit()]))
attempt("nested BEG in EG", lambda: ExceptionGroup("m", [BaseExceptionGroup("i", [KeyboardInterrupt()])]))
attempt("nested EG in BEG", lambda: BaseExceptionGroup("m", [ExceptionGroup("i", [ValueError()])]))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("keyword only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("range", lambda: ExceptionGroup("m", range(2)))
attempt("tuple args", lambda: ExceptionGroup("m", (ValueError(1),)).args)
attempt("new on int", lambda: BaseExceptionGroup.__new__(int, "m", [ValueError()]))
attempt("new on ValueError", lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
attempt("new no cls", lambda: BaseExceptionGroup.__new__())
attempt("new not type", lambda: BaseExceptionGroup.__new__(5))
attempt("new direct", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "direct", [ValueError()]))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
attempt("split no args", lambda: eg.split())
attempt("split two args", lambda: eg.split(ValueError, TypeError))
attempt("split keyword", lambda: eg.split(matcher_value=ValueError))
attempt("split int class", lambda: eg.split(int))
attempt("split empty tuple", lambda: eg.split(()))
attempt("subgroup empty tuple", lambda: eg.subgroup(()))
attempt("subgroup bad", lambda: eg.subgroup(None))
attempt("split list", lambda: eg.split([ValueError]))
attempt("derive no args", lambda: eg.derive())
attempt("derive empty", lambda: eg.derive([]))
attempt("derive non-exc", lambda: eg.derive([1]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("split builtin func", lambda: eg.split(callable))
attempt("split bound method", lambda: eg.split([ValueError(1)].__contains__))

def boom(e):
    raise RuntimeError("predicate failed")
attempt("predicate raises", lambda: eg.split(boom))

class Callable:
    def __call__(self, e):
        return isinstance(e, TypeError)
attempt("callable object", lambda: eg.split(Callable()))

# repeated leaf object
v = ValueError("same")
rep = ExceptionGroup("rep", [v, ExceptionGroup("in", [v, KeyError()]), v])
attempt("repeated split", lambda: rep.split(ValueError))
attempt("repeated subgroup KeyError", lambda: rep.subgroup(KeyError))

# predicate that returns truthy non-bools
attempt("truthy predicate", lambda: eg.split(lambda e: [1] if isinstance(e, ValueError) else []))

# everything / nothing
print(eg.subgroup(Exception) is eg, eg.subgroup(lambda e: True) is eg, eg.subgroup(OSError))
print(eg.split(BaseException)[0] is eg, eg.split(OSError)[1] is eg)

# deep split
deep = ValueError("bottom")
for i in range(50):
    deep = ExceptionGroup(f"l{i}", [deep, TypeError(i)])
m, r = deep.split(ValueError)
depth = 0
node = m
while isinstance(node, BaseExceptionGroup):
    depth += 1
    assert len(node.exceptions) == 1
    node = node.exceptions[0]
print("deep match depth", depth, repr(node), len(r.exceptions))

print(eg.__reduce__())
print(str(BaseExceptionGroup("one", [KeyboardInterrupt()])))
print(repr(ExceptionGroup("", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
