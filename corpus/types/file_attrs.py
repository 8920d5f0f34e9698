# File attributes and reprs.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_attrs.txt"
f = open(path, "w", encoding="latin-1", errors="replace", newline="\r\n", buffering=1)
print(repr(f) == "<_io.TextIOWrapper name=%r mode='w' encoding='latin-1'>" % path)
print(f.name == path, f.mode, f.encoding, f.errors, f.closed, f.newlines, f.line_buffering, f.write_through)
print(type(f).__name__, type(f).__module__, f.isatty(), isinstance(f.fileno(), int))
f.close()
f = open(path)
print(f.encoding.lower(), f.errors, f.line_buffering)  # the locale's name case varies
f.close()
