# UnicodeEncodeError / DecodeError / TranslateError: constructors, attributes, str().
cases = [
    (UnicodeEncodeError, ("ascii", "é", 0, 1, "ordinal not in range(128)")),
    (UnicodeEncodeError, ("ascii", "aéé", 1, 3, "ordinal not in range(128)")),
    (UnicodeEncodeError, ("x", "\u1234", 0, 1, "r")),
    (UnicodeEncodeError, ("x", "\U0001f600", 0, 1, "r")),
    (UnicodeEncodeError, ("x", "ab", 5, 6, "r")),
    (UnicodeDecodeError, ("utf-8", b"\xff", 0, 1, "invalid start byte")),
    (UnicodeDecodeError, ("utf-8", bytearray(b"\xff\xfe"), 0, 2, "bad")),
    (UnicodeDecodeError, ("u", b"ab", 1, 1, "r")),
    (UnicodeTranslateError, ("é", 0, 1, "bad")),
    (UnicodeTranslateError, ("ab", 0, 2, "r")),
    (UnicodeEncodeError, ()),
    (UnicodeEncodeError, ("a",)),
    (UnicodeEncodeError, (1, "b", 1, 2, "r")),
    (UnicodeEncodeError, ("a", "b", "x", 2, "r")),
    (UnicodeEncodeError, ("a", b"b", 0, 1, "r")),
    (UnicodeDecodeError, ("a", "str", 0, 1, "r")),
    (UnicodeTranslateError, (b"a", 0, 1, "r")),
    (UnicodeDecodeError, ("a", b"x", 0, 1, 5)),
]
for cls, args in cases:
    try:
        e = cls(*args)
        print(cls.__name__, repr(str(e)), e.args, repr(e.encoding), repr(e.object), e.start, e.end, e.reason)
    except TypeError as err:
        print(cls.__name__, "TypeError", err)
e = UnicodeEncodeError("a", "bc", 0, 1, "r")
e.start = 1
e.reason = "changed"
e.encoding = "enc"
print(str(e))
e.object = "xyz"
e.end = 3
print(str(e), e.object)
for attr, value in [("start", "x"), ("end", 1.5)]:
    try:
        setattr(e, attr, value)
    except TypeError as err:
        print("TypeError", err)
try:
    UnicodeEncodeError("a", "b", 0, 1, "r", x=1)
except TypeError as err:
    print("TypeError", err)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    "é".encode("ascii")
except ValueError as err:
    print(type(err).__name__, err.args)
