# corpus: full-stderr
# Chains around uncaught groups: the group's own context (printed before its box),
# a member whose context is a group, a member whose cause is a group (the last
# member: the nested box closes both), exactly 15 and 16 members, exactly 10
# and 11 levels of nesting.
def fail(i):
    raise ValueError(f"fail {i}")

def collect(n):
    errs = []
    for i in range(n):
        try:
            fail(i)
        except ValueError as e:
            errs.append(e)
    return errs

inner = ExceptionGroup("inner as cause", collect(2))
last = TypeError("last has group cause")
last.__cause__ = inner
mid = KeyError("mid")
ctx_group = BaseExceptionGroup("ctx", [KeyboardInterrupt()])
mid.__context__ = ctx_group
exactly15 = ExceptionGroup("fifteen", [OSError(i) for i in range(15)])
sixteen = ExceptionGroup("sixteen", [OSError(i) for i in range(16)])
d = ValueError("leaf")
for i in range(10):  # the 11th level is cut: "... (max_group_depth is 10)"
    d = ExceptionGroup(f"d{i}", [d])
try:
    try:
        raise RuntimeError("context of top")
    except RuntimeError:
        raise ExceptionGroup("top", [mid, exactly15, sixteen, d, last])
except ExceptionGroup as top:
    try:
        raise top
    finally:
        print("reraising")
