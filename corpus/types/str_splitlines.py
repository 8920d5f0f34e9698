# splitlines on every line boundary CPython recognises, with and without keepends.
s = 'a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
for t in ['', '\n', '\n\n', 'x\n', '\r\n\r\n', 'a\r\rb', 'no newline', '\u2028', 'a\x0bb', 'a\x1fb']:
    print(repr(t), t.splitlines(), t.splitlines(keepends=1))
try:
    s.splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.splitlines(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
