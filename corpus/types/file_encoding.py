# Encodings: utf-8 (default), latin-1, ascii, and their errors= handlers.
# The file stays in /tmp (pyvm has no os module yet to remove it).
path = "/tmp/pyvm_corpus_file_encoding.txt"
text = "caf\u00e9 \u20ac \U0001f600"
with open(path, "w", encoding="utf-8") as f:
    print(f.encoding, f.errors, f.write(text))
with open(path, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s == text, [hex(ord(c)) for c in s[-3:]])
with open(path, encoding="latin-1") as f:
    print(len(f.read()), f.encoding)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    for enc in ["ascii", "latin-1"]:
        try:
            with open(path, "w", encoding=enc, errors=errors) as f:
                f.write(text)
            with open(path, encoding="latin-1") as f:
                print(enc, errors, repr(f.read()))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__)
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
with open(path, encoding="latin1") as f:
    print(repr(f.read()))
for errors in ["replace", "ignore", "backslashreplace"]:
    with open(path, encoding="ascii", errors=errors) as f:
        print(errors, repr(f.read()))
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
