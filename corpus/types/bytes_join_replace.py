# join and replace.
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([bytearray(b"x"), memoryview(b"y"), b"z"]))
print(b"".join(x for x in [b"g", b"e", b"n"]), b"+".join((b"t",)), bytearray(b"|").join([b"a", b"b"]))
for call in [lambda: b"".join(["a"]), lambda: b"".join([b"a", 1]), lambda: b"".join(1), lambda: b"".join()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
b = b"aaa bbb aaa"
print(b.replace(b"aaa", b"x"), b.replace(b"aaa", b"x", 1), b.replace(b"a", b""), b.replace(b"", b"-"))
print(b.replace(b"", b"-", 2), b.replace(b"zz", b"y"), b.replace(b"a", b"b", 0), b.replace(b"a", b"b", -1))
print(b"".replace(b"", b"x"), bytearray(b"abc").replace(b"b", b"B"), b.replace(bytearray(b"bbb"), memoryview(b"c")))
for call in [lambda: b.replace("a", b"b"), lambda: b.replace(b"a"), lambda: b.replace(b"a", b"b", "1"),
             lambda: b.replace(b"a", b"b", count=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
