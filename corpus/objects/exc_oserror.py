# OSError's errno/strerror/filename attributes and subclass mapping.
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e2 = OSError(2, "No such file or directory", "data.txt")
print(type(e2).__name__, e2.errno, e2.filename, str(e2), e2.args)
e3 = OSError("just a message")
print(e3.errno, e3.strerror, str(e3), e3.args)
e4 = OSError(13, "Permission denied", "/root")
print(type(e4).__name__, isinstance(e4, PermissionError), str(e4))
e5 = FileNotFoundError(2, "missing", "x.cfg")
print(repr(e5.filename), e5.errno, str(e5))
try:
    # (open() itself comes with the builtins issue; raise what it raises)
    raise OSError(2, "No such file or directory", "/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
except OSError as err:
    print("other", type(err).__name__)
print(OSError(1, "x", "a", None, "b").filename2, OSError(1, "x").filename2)
print(str(OSError(1, "x", "a", None, "b")))
print(issubclass(FileExistsError, OSError), issubclass(IsADirectoryError, OSError))
