# Unhandled parts, bare raise and new exceptions from except* clauses.
def attempt(label, excs, handler_raises=None):
    print(label)
    try:
        try:
            raise ExceptionGroup("work", excs)
        except* ValueError as eg:
            print("  handling ValueErrors:", [str(e) for e in eg.exceptions])
            if handler_raises == "bare":
                raise
            if handler_raises == "new":
                raise RuntimeError("from handler")
        except* TypeError as eg:
            print("  handling TypeErrors:", [str(e) for e in eg.exceptions])
    except BaseExceptionGroup as outer:
        print("  escaped group:", repr(outer))
        for e in outer.exceptions:
            ctx = e.__context__
            print("   ", type(e).__name__, "context:", repr(ctx))
    except Exception as single:
        # A lone new exception escapes unwrapped, its context the handled part.
        print("  escaped single:", repr(single), "context:", repr(single.__context__))
    else:
        print("  nothing escaped")


attempt("all handled", [ValueError("v"), TypeError("t")])
attempt("unhandled KeyError", [ValueError("v"), KeyError("k")])
attempt("bare raise", [ValueError("v1"), ValueError("v2"), TypeError("t")], "bare")
attempt("bare raise plus unhandled", [ValueError("v"), OSError("o")], "bare")
attempt("new exception", [ValueError("v"), TypeError("t")], "new")
attempt("new exception plus unhandled", [ValueError("v"), OSError("o")], "new")

# Re-raising keeps the original nesting.
try:
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("structure kept:", repr(e))

# Raising a group from within except*.
try:
    try:
        raise ExceptionGroup("first", [ValueError("x")])
    except* ValueError:
        raise ExceptionGroup("second", [KeyError("y"), KeyError("z")])
except ExceptionGroup as e:
    print("raised group:", repr(e))
    print("its context:", repr(e.__context__))

# Re-raise with "from".
try:
    try:
        raise ExceptionGroup("g", [ValueError("orig")])
    except* ValueError as eg:
        raise LookupError("translated") from eg
except LookupError as le:
    print(type(le).__name__, le, "cause:", repr(le.__cause__))
    print("context is cause:", le.__context__ is le.__cause__)
