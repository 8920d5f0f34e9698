# except* on nested groups keeps the nesting structure of what matched.
def leaves(eg, depth=0):
    pad = "  " * depth
    print(f"{pad}{type(eg).__name__}({eg.message!r})")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            leaves(e, depth + 1)
        else:
            print(f"{pad}  {type(e).__name__}: {e}")


tree = ExceptionGroup("top", [
    ValueError("v-top"),
    ExceptionGroup("mid", [
        TypeError("t-mid"),
        ValueError("v-mid"),
        ExceptionGroup("low", [ValueError("v-low"), KeyError("k-low")]),
    ]),
    ExceptionGroup("only-types", [TypeError("t1"), TypeError("t2")]),
])
print("full tree:")
leaves(tree)

try:
    raise tree
except* ValueError as eg:
    print("ValueError part:")
    leaves(eg)
except* TypeError as eg:
    print("TypeError part:")
    leaves(eg)
except* KeyError as eg:
    print("KeyError part:")
    leaves(eg)

# The caught sub-groups are new objects, but leaves are the originals.
v_top = tree.exceptions[0]
try:
    raise tree
except* ValueError as eg:
    print("same leaf object:", eg.exceptions[0] is v_top)
    print("same group object:", eg is tree)
except* Exception:
    pass

# A whole group matching returns the original group object.
whole = ExceptionGroup("all values", [ValueError(1), ValueError(2)])
try:
    raise whole
except* ValueError as eg:
    print("whole group passed through:", eg is whole)
