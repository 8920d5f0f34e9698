# open() on a file descriptor, closefd, and opener.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_fd.txt"
with open(path, "w") as f:
    f.write("first\nsecond\n")
g = open(path)
fd = g.fileno()
h = open(fd, closefd=False)
print(h.name == fd, repr(h.readline()))
h.close()
print(h.closed, g.closed, repr(g.read()))
g.close()
seen = []
def opener(name, flags):
    seen.append(name == path)
    k = open(name)
    k2 = open(k.fileno(), closefd=False)
    return k.fileno() if False else k2.fileno()
try:
    open(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(path, opener=lambda n, fl: "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(path, opener=lambda n, fl: -5)
except ValueError as e:
    print(type(e).__name__, e)
