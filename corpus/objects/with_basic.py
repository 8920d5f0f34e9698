# The with statement: __enter__ result bound by "as", __exit__ always runs.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        print("open", self.name)
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        self.open = False
        return False


with Resource("a") as r:
    print("using", r.name, r.open)
print("after", r.open)
try:
    with Resource("b") as r:
        print("about to fail")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("propagated", e, r.open)
with Resource("c"):
    print("no as-target")


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *args):
        print("exit args", args)


with Pair() as (a, [b, c]):
    print(a, b, c)
target = {}
with Pair() as target["k"]:
    pass
print(target)
