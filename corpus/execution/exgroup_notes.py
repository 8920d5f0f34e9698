# add_note and __notes__ on exceptions and groups, caught and inspected.
e = ValueError("base")
print("has notes before:", hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

# Notes survive raise/catch and splitting.
try:
    try:
        raise ValueError("x")
    except ValueError as v:
        v.add_note("added in handler")
        raise
except ValueError as v:
    print("after re-raise:", v.__notes__)

g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.add_note("group note")
g.exceptions[0].add_note("leaf note")
m, r = g.split(ValueError)
print("match notes:", m.__notes__, "leaf:", m.exceptions[0].__notes__)
print("rest notes:", r.__notes__, "leaf has notes:", hasattr(r.exceptions[0], "__notes__"))
print("notes list shared?", m.__notes__ is g.__notes__)

# except* parts carry the group's notes.
try:
    raise g
except* TypeError as part:
    print("except* part notes:", part.__notes__)
except* ValueError as part:
    print("except* part notes:", part.__notes__)

# __notes__ can be replaced by any list; add_note then appends.
e2 = KeyError("k")
e2.__notes__ = ["manual"]
e2.add_note("appended")
print(e2.__notes__)

# A non-list __notes__ makes add_note fail.
e3 = RuntimeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print("TypeError:", err)
