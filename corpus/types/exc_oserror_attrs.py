# OSError's member descriptors and characters_written.
e = OSError(2, "x", "f")
e.errno = 5
e.strerror = "changed"
e.filename = "g"
print(e, e.args)
del e.filename
print(e.filename, e)
b = BlockingIOError(11, "busy", 7)
print(b.characters_written, b.args, b.filename)
b.characters_written = 3
print(b.characters_written)
del b.characters_written
try:
    b.characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    del b.characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(OSError.errno, OSError.strerror, OSError.filename, OSError.filename2)
print(OSError.characters_written)
print(sorted(k for k in OSError.__dict__ if not k.startswith("__")))
print(e.__reduce__())
e2 = OSError(2, "x", "a", None, "b")
print(e2.__reduce__())
