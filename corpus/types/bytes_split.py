# split, rsplit, splitlines, partition, rpartition.
b = b"  one two\tthree\nfour  "
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a,b,,c".split(b",", maxsplit=1))
print(b"".split(), b"".split(b","), b"   ".split(), b"abc".split(b"abc"), b"a::b::c".split(b"::"))
print(b"a b c".split(sep=None, maxsplit=0), b"a  b".split(b" "), b"x".rsplit(b"x"))
print(b"line1\nline2\r\nline3\rline4".splitlines(), b"a\n\nb\n".splitlines(True), b"".splitlines())
print(b"x\r\n".splitlines(keepends=True), b"no newline".splitlines())
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(bytearray(b"a-b").partition(b"-"), bytearray(b"a b").split(), type(bytearray(b"a b").split()[0]))
print(b"a\x0bb\x0cc\x1cd".split())
for call in [lambda: b.split(b""), lambda: b.split("a"), lambda: b.partition(b""), lambda: b.partition("="),
             lambda: b.split(b",", "x"), lambda: b.split(x=1), lambda: b.rpartition(), lambda: b.split(b"a", 1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
