# seek/tell/truncate on text files.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_seek_tell.txt"
with open(path, "w+") as f:
    f.write("hello\nworld\n")
    print(f.tell())
    print(f.seek(0))
    print(repr(f.readline()), f.tell())
    print(f.seek(0, 2), f.seek(0, 1))
    print(f.seek(3), repr(f.read(2)), f.tell())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate())
    f.seek(0)
    print(repr(f.read()))
with open(path, "w") as f:
    f.write("abc")
    print(f.tell())
    f.seek(1)
    f.write("X")
with open(path) as f:
    print(repr(f.read()), f.tell())
with open(path) as f:
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
