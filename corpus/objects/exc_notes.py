# add_note() and __notes__ (3.11).
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)


def process(items):
    for i, item in enumerate(items):
        try:
            int(item)
        except ValueError as err:
            err.add_note(f"while processing item {i}")
            raise


try:
    process(["1", "2", "x"])
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["preset"]
e2.add_note("added")
print(e2.__notes__)
print(str(e), repr(e))
