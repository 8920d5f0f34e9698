# A hand-written context manager class wrapping a generator (no contextlib).
class contextmanager_like:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        return _GenCM(self.func(*args))


class _GenCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


@contextmanager_like
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("content", t)
with tag("div"):
    raise ValueError("swallowed")
try:
    with tag("span"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError escaped:", e)
