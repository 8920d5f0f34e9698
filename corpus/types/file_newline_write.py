# Writing with each newline= setting: how '\n' is translated on the way out.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_newline_write.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        print(f.write("x\ny\r\nz\n"))
    with open(path, newline="") as f:
        print(repr(nl), repr(f.read()))
