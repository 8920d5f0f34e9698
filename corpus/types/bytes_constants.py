# Bytes literals as code constants: prefixes, escapes, concatenation, defaults.
a = b"plain"
r = rb"raw\n"
B = B"upper"
br = Br"\x00"
print(a, r, B, br, len(r), len(br))
print(b"adjacent" b" literals", b"\x41\102\u0041", b"\N{DASH}"[:3], b"tab\there")
print(b'single', b"""triple
quoted""", b'''\'quoted\'''')
def f(x=b"default", *, y=(b"in", b"tuple")):
    return x, y
print(f(), f.__defaults__, f.__kwdefaults__)
c = (b"a", b"b", b"c")
print(c, b"b" in c, {b"k": 1}[b"k"], frozenset([b"x"]))
print(type(b""), b"" == bytes())
def g():
    return b"const"
print(g() is g(), g())
