# Reading with each newline= setting (universal newlines, no translation, fixed terminators).
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_newline_read.txt"
with open(path, "w", newline="") as f:
    f.write("a\nb\r\nc\rd\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for bad in ["x", "\n\r", " "]:
    try:
        open(path, newline=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(path, newline=5)
except TypeError as e:
    print(type(e).__name__, e)
