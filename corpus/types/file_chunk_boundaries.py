# Large files: lines, \r\n pairs and multi-byte characters across the read buffer's boundaries.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_chunk_boundaries.txt"
pieces = []
for i in range(3000):
    pieces.append("x" * (i % 13) + "\u00e9\u20ac\U0001f600" * (i % 3) + ("\r\n" if i % 2 else "\r"))
text = "".join(pieces)
with open(path, "w", newline="") as f:
    print(f.write(text) == len(text))
with open(path, newline="") as f:
    lines = f.readlines()
print(len(lines), "".join(lines) == text)
with open(path) as f:
    data = f.read()
print(len(data), data == text.replace("\r\n", "\n").replace("\r", "\n"), f.newlines)
with open(path, newline="") as f:
    chunks = []
    while True:
        c = f.read(7)
        if not c:
            break
        chunks.append(c)
print(len(chunks), "".join(chunks) == text, max(len(c) for c in chunks))
with open(path, encoding="latin-1", newline="") as f:
    print(len(f.read()))
