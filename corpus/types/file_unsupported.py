# io.UnsupportedOperation: reading a write-only file, writing a read-only one.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_unsupported.txt"
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, OSError))
        print([c.__name__ for c in type(e).__mro__])
    try:
        f.readline()
    except ValueError as e:
        print("readline", e)
    try:
        next(iter(f))
    except Exception as e:
        print("next", type(e).__name__, e)
with open(path) as f:
    try:
        f.write("x")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.writelines(["x"])
    except OSError as e:
        print("writelines", e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print("seek", e)
    try:
        f.seek(2, 2)
    except OSError as e:
        print("seek", e)
    try:
        f.seek(0, 3)
    except ValueError as e:
        print("seek", e)
    try:
        f.seek(-1)
    except ValueError as e:
        print("seek", e)
