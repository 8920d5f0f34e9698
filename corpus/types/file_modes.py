# open() mode strings: validation messages and what each mode allows.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_modes.txt"
for mode in ["rw", "rr", "", "q", "rt+b", "U", "wU", "xa", "ra+", "tb", "w++"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
with open(path, "w") as f:
    print(f.mode, f.readable(), f.writable(), f.seekable())
    f.write("one\n")
with open(path, "a") as f:
    print(f.mode, f.tell())
    f.write("two\n")
with open(path, "r+") as f:
    print(f.mode, f.readable(), f.writable(), repr(f.read()))
    f.write("three\n")
with open(path, "rt") as f:
    print(f.mode, repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
with open(path, "x") as f:
    print(f.mode, f.write("new"))
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("abc")
    f.seek(0)
    print(repr(f.read()))
with open(path, "a+") as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
