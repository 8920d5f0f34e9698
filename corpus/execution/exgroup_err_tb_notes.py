# corpus: full-stderr
# Notes attached to leaves and groups appear in the rendered traceback.
def load(name):
    e = FileNotFoundError(f"no such file: {name}")
    e.add_note(f"while loading {name}")
    raise e


errors = []
for name in ["a.cfg", "b.cfg"]:
    try:
        load(name)
    except OSError as e:
        e.add_note("retry later")
        errors.append(e)

group = ExceptionGroup("loading failed", errors)
group.add_note("2 files could not be read")
group.add_note("see the notes on each file")
print("notes on group:", group.__notes__)
print("notes on leaf:", errors[0].__notes__)
raise group
