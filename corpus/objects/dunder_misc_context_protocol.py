# __enter__/__exit__ are looked up on the type; errors for missing ones.
class CM:
    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return False


with CM() as v:
    print("body", v)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            print("not reached")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
inst = CM()
inst.__enter__ = lambda: "instance enter"
with inst as v:
    print(v)
