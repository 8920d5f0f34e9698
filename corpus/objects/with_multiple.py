# Several context managers in one with: entered left to right, exited in reverse.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)


with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with CM("p") as p, CM("q") as q:
        raise KeyError(p + q)
except KeyError as e:
    print("KeyError:", e)
with CM("outer"):
    with CM("inner"):
        print("nested")
