# Subclassing BaseException and builtin exception types.
class Abort(BaseException):
    pass


class ParseValueError(ValueError):
    def __init__(self, text, pos):
        super().__init__(f"bad input at {pos}: {text!r}")
        self.text, self.pos = text, pos


class MissingKey(KeyError):
    pass


class CustomOSError(FileNotFoundError):
    pass


try:
    try:
        raise Abort("stop")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught", type(e).__name__, e.args, isinstance(e, Exception))
try:
    raise ParseValueError("12x", 2)
except ValueError as e:
    print(type(e).__name__, e, e.pos, e.text, e.args)
try:
    raise MissingKey("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e))
e = CustomOSError(2, "gone", "f.txt")
print(type(e).__name__, e.errno, e.filename, str(e), isinstance(e, OSError))
print([c.__name__ for c in CustomOSError.__mro__])


class Reraiser(RuntimeError):
    count = 0

    def __init__(self, *args):
        Reraiser.count += 1
        super().__init__(*args)


for i in range(3):
    try:
        raise Reraiser(i)
    except RuntimeError as err:
        print("got", err, err.args)
print(Reraiser.count)


class WithDefaults(Exception):
    def __init__(self, message="default message", code=500):
        super().__init__(message)
        self.code = code


for exc in (WithDefaults(), WithDefaults("custom"), WithDefaults(code=404)):
    print(str(exc), exc.code, repr(exc))


class StopAll(StopIteration):
    pass


class OneShot:
    def __init__(self):
        self.used = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.used:
            raise StopIteration("end")
        self.used = True
        return 1


g = OneShot()
next(g)
try:
    next(g)
except StopIteration as s:
    print(type(s).__name__, s.value)
try:
    raise StopAll("v")
except StopIteration as s:
    print(type(s).__name__, s.value)
