# dir(), vars() and locals() without arguments in modules, functions, class
# bodies, comprehensions and generators; locals() of a function is a snapshot.
import sys

alpha = 1
beta = 2
print([n for n in dir() if not n.startswith("__")])
print("vars() is globals():", vars() is globals())


def function_scope(p, *args, k=3, **kw):
    local_one = 1
    names = dir()
    return names


print(function_scope(0, 1, 2, extra=4))


def snapshot_then_change():
    x = 1
    snap = locals()
    x = 2
    before = snap["x"]
    locals()
    return before, snap["x"], "snap" in snap


print(snapshot_then_change())


def deleted_names():
    a = 1
    b = 2
    del a
    return sorted(locals())


print(deleted_names())


def with_cells():
    shared = "cell"
    plain = "local"

    def reader():
        return shared

    names = sorted(locals())
    return names, reader()


print(with_cells())


class Namespace:
    first = 1
    inside = dir()
    second = vars()["first"] + 1


print(Namespace.inside, Namespace.second)
print([sorted(locals()) for _ in range(1)])
print({k: sorted(vars()) for k in "ab"})


def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())


print(list(gen_locals()))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
