# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("suppressed", et.__name__, ev)
            return True
        return False


with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("continues", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with Suppress(LookupError, ValueError) as s:
    [][0]
print(type(s.caught).__name__)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise OSError("hidden")
print("OSError was suppressed by a truthy string")


class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 0


try:
    with Falsy():
        raise OSError("visible")
except OSError as e:
    print("visible:", e)


def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("item", i, 10 / (i - 1))
    return "loop done"


print(f())
