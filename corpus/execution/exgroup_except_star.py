# except* splits a group by type; each matching clause sees a sub-group.
def run(excs):
    print("raising", [type(e).__name__ for e in excs])
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as eg:
        print("  ValueError part:", type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("  TypeError part:", [str(e) for e in eg.exceptions])
    except* (KeyError, IndexError) as eg:
        print("  lookup part:", [type(e).__name__ for e in eg.exceptions])
    print("  done")


run([ValueError("v1"), TypeError("t1"), ValueError("v2")])
run([KeyError("k"), IndexError("i")])
run([TypeError("only")])
run([ValueError("a"), KeyError("b"), TypeError("c"), IndexError("d")])

# Subclasses are caught by a base-class clause.
try:
    raise ExceptionGroup("lookups", [KeyError("x"), IndexError(3), ZeroDivisionError("z")])
except* LookupError as eg:
    print("LookupError part:", [type(e).__name__ for e in eg.exceptions])
except* ArithmeticError as eg:
    print("ArithmeticError part:", [type(e).__name__ for e in eg.exceptions])

# Each clause runs at most once, even for many matching leaves.
hits = []
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as eg:
    hits.append(len(eg.exceptions))
print("hits", hits)

# A clause matching nothing is skipped.
try:
    raise ExceptionGroup("g", [OSError("o")])
except* ValueError:
    print("not printed")
except* OSError as eg:
    print("OSError clause only:", eg.exceptions)

# The name bound by "as" is cleared after the clause.
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print("NameError:", e)
