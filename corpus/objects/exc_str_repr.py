# str() and repr() of exceptions, including in f-strings and print.
errors = []
for thunk in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"),
              lambda: None.x, lambda: undefined_name, lambda: "a" + 1, lambda: (1).bit_length(1)):
    try:
        thunk()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, "|", e, "|", repr(e))
print(f"{errors[0]}", f"{errors[0]!r}", "%s" % errors[2])
print([ValueError("in list")])
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError("a", "b")), str(KeyError()))
print(repr(BaseException()), repr(SystemExit(2)), repr(KeyboardInterrupt()))
print(repr(Exception("it's")), repr(Exception('say "hi"')))
