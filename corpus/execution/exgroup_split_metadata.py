# What split() and subgroup() copy onto the parts they derive: the traceback
# (the same object), __cause__, __context__, a fresh copy of __notes__ (when it
# is a sequence) and __suppress_context__ set to True, as CPython 3.11 does.
def raise_group():
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2), ValueError(3)])


try:
    raise_group()
except ExceptionGroup as caught:
    g = caught

g.add_note("first note")
print("original:", repr(g), g.__suppress_context__, repr(g.__context__), g.__cause__)
match, rest = g.split(ValueError)
for name, part in [("match", match), ("rest", rest)]:
    print(name, repr(part))
    print("  same traceback object:", part.__traceback__ is g.__traceback__)
    print("  context:", repr(part.__context__), "cause:", part.__cause__)
    print("  suppress_context:", part.__suppress_context__)
    print("  notes:", part.__notes__, "copied:", part.__notes__ is not g.__notes__)

# The copies are independent lists.
match.add_note("only on the match")
print("original notes:", g.__notes__, "| match notes:", match.__notes__)

# A tuple of notes is copied into a list; notes that are not a sequence are dropped.
g.__notes__ = ("a", "b")
print("tuple notes ->", g.subgroup(TypeError).__notes__)
g.__notes__ = 42
print("int notes copied:", hasattr(g.subgroup(TypeError), "__notes__"))

# A cause given with `raise ... from`.
try:
    raise ExceptionGroup("with cause", [OSError("a"), EOFError("b")]) from RuntimeError("why")
except ExceptionGroup as e:
    part = e.subgroup(OSError)
    print(repr(part), repr(part.__cause__), part.__suppress_context__, part.__traceback__ is e.__traceback__)

# A group never raised has no traceback; its parts have none either.
fresh = ExceptionGroup("fresh", [ValueError(1), TypeError(2)])
print("fresh parts' tracebacks:", [p.__traceback__ for p in fresh.split(ValueError)])

# The predicate sees every group and leaf, outermost first, until one matches.
calls = []
def record(e):
    calls.append(type(e).__name__ + ("(" + e.message + ")" if isinstance(e, BaseExceptionGroup) else ""))
    return isinstance(e, ExceptionGroup) and e.message == "keep"
tree = ExceptionGroup("top", [ValueError(1), ExceptionGroup("keep", [TypeError(2)]), ExceptionGroup("drop", [KeyError(3)])])
kept, dropped = tree.split(record)
print(calls)
print(repr(kept))
print(repr(dropped))
print("kept group is the original object:", kept.exceptions[0] is tree.exceptions[1])
