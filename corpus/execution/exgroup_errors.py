# Errors from constructing groups and misusing except*.
def check(label, fn):
    try:
        r = fn()
        print(label, "ok:", repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("empty list", lambda: ExceptionGroup("m", []))
check("not a sequence", lambda: ExceptionGroup("m", ValueError()))
check("non-exception item", lambda: ExceptionGroup("m", [ValueError(), 1]))
check("class not instance", lambda: ExceptionGroup("m", [ValueError]))
check("message not str", lambda: ExceptionGroup(1, [ValueError()]))
check("one arg", lambda: ExceptionGroup("m"))
check("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
check("base exc in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
check("tuple ok", lambda: ExceptionGroup("m", (ValueError(1),)))
check("base group with base exc", lambda: BaseExceptionGroup("m", [SystemExit(2)]))

# except* ExceptionGroup is rejected at runtime.
def star_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass

check("except* ExceptionGroup", star_group)

def star_tuple_group():
    try:
        raise ValueError("x")
    except* (TypeError, ExceptionGroup):
        pass

check("except* tuple with group", star_tuple_group)

# except* with a non-exception type.
def star_bad_type():
    try:
        raise ValueError("x")
    except* 42:
        pass

check("except* 42", star_bad_type)

def star_bad_class():
    try:
        raise ValueError("x")
    except* str:
        pass

check("except* str", star_bad_class)

# except* Exception catches a whole ExceptionGroup (it matches the group itself).
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* Exception as eg:
    print("except* Exception got", repr(eg))
