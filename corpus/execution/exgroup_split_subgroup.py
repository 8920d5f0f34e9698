# split() and subgroup() with types and predicates.
def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, repr(g))


eg = ExceptionGroup("eg", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), OSError(4)]),
    KeyError(5),
])

match_, rest = eg.split(ValueError)
show("split ValueError match:", match_)
show("split ValueError rest: ", rest)

match_, rest = eg.split((TypeError, KeyError))
show("split tuple match:", match_)
show("split tuple rest: ", rest)

match_, rest = eg.split(Exception)
print("everything matches, same object:", match_ is eg, rest)

match_, rest = eg.split(ZeroDivisionError)
print("nothing matches:", match_, rest is not None, rest is eg)

show("subgroup OSError:", eg.subgroup(OSError))
show("subgroup RuntimeError:", eg.subgroup(RuntimeError))

# Predicates are called on leaves and on the groups themselves.
seen = []
def pred(e):
    seen.append(type(e).__name__ if not isinstance(e, BaseExceptionGroup) else "group:" + e.message)
    return isinstance(e, Exception) and not isinstance(e, BaseExceptionGroup) and e.args[0] % 2 == 1

odd, even = eg.split(pred)
print("predicate calls:", seen)
show("odd: ", odd)
show("even:", even)

# A predicate that matches a whole nested group keeps it intact.
def inner_group(e):
    return isinstance(e, ExceptionGroup) and e.message == "inner"

show("inner via predicate:", eg.subgroup(inner_group))

# Message, traceback, cause and context are copied to the parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with ctx", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as g:
    v, t = g.split(ValueError)
    for part in (v, t):
        print(part.message, type(part.__cause__).__name__, type(part.__context__).__name__,
              part.__traceback__ is g.__traceback__)

# Bad arguments to split.
for bad in [1, "ValueError", (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
