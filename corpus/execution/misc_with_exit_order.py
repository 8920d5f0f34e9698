# Exception handling inside with statements, and the order of exits and finally blocks.
# with + finally ordering.
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False

def with_return():
    log = []
    try:
        with CM("a", log), CM("b", log):
            log.append("body")
            return log
    finally:
        log.append("finally")

print(with_return())
# __exit__ sees the exception and may suppress it.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  __exit__ got", exc_type.__name__ if exc_type else None, "| traceback given:", tb is not None)
        return exc_type is not None and issubclass(exc_type, self.types)

for err in [KeyError("k"), ValueError("v"), None]:
    try:
        with Suppress(LookupError):
            if err is not None:
                raise err
        print("after with: suppressed or no error")
    except ValueError as e:
        print("escaped:", repr(e))

# An exception raised in __exit__ replaces the original one, chaining it.
class Failing:
    def __enter__(self):
        return "value"

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

try:
    with Failing() as v:
        raise OSError("body failed with " + v)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# __enter__ failing means __exit__ is never called.
class BadEnter:
    def __enter__(self):
        raise LookupError("cannot enter")

    def __exit__(self, *exc):
        print("  never printed")

try:
    with Suppress(KeyError), BadEnter():
        print("  never printed")
except LookupError as e:
    print("enter failed:", e)
