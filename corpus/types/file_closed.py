# Operations on a closed file raise ValueError; close() is idempotent.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_closed.txt"
f = open(path, "w")
f.close()
f.close()
print(f.closed, f.name == path, f.mode)
for name, args in [("read", ()), ("write", ("x",)), ("readline", ()), ("readlines", ()), ("seek", (0,)),
                   ("tell", ()), ("flush", ()), ("truncate", ()), ("fileno", ()), ("isatty", ()),
                   ("readable", ()), ("writable", ()), ("seekable", ()), ("__enter__", ()), ("__iter__", ()),
                   ("__next__", ()), ("writelines", ([],))]:
    try:
        getattr(f, name)(*args)
        print(name, "ok")
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    for line in f:
        pass
except ValueError as e:
    print("for", e)
