# Writing and reading a text file: write's return value, read, readline, readlines, iteration.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_write_read.txt"
f = open(path, "w")
print(f.write("alpha\n"), f.write("beta\ngamma\n"), f.write(""))
f.writelines(["delta\n", "epsilon"])
f.close()
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(f.readlines(7))
    print(repr(f.read(3)), repr(f.read(0)), repr(f.read(None)))
