# Deep recursion with a raised limit, RecursionError through special methods
# and the frames that stay consistent after a RecursionError is caught.
import sys

sys.setrecursionlimit(100000)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print("deep pure Python recursion:", count_down(60000))


def walk(node):
    return 1 + sum(walk(child) for child in node)


tree = []
for _ in range(2000):
    tree = [tree]
print("nested generator recursion:", walk(tree))
sys.setrecursionlimit(1000)


def fails_cleanly(label, fn):
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        print(label, "-> RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
    # The frame stack is intact after the error.
    f = sys._getframe()
    depth = 0
    while f is not None:
        depth += 1
        f = f.f_back
    print("   frames now:", depth)


class Hashy:
    def __hash__(self):
        return hash(self)


class Truthy:
    def __bool__(self):
        return bool(self)


class Calls:
    def __call__(self):
        return self()


class Contains:
    def __contains__(self, item):
        return item in self


class Items:
    def __getitem__(self, key):
        return self[key]


class Builds:
    def __init__(self):
        Builds()


class Adds:
    def __add__(self, other):
        return self + other


class Iterates:
    def __iter__(self):
        return iter(self)


fails_cleanly("hash", lambda: hash(Hashy()))
fails_cleanly("bool", lambda: bool(Truthy()))
fails_cleanly("call", lambda: Calls()())
fails_cleanly("contains", lambda: 1 in Contains())
fails_cleanly("getitem", lambda: Items()[0])
fails_cleanly("init", lambda: Builds())
fails_cleanly("add", lambda: Adds() + 1)
fails_cleanly("iter", lambda: iter(Iterates()))
fails_cleanly("sorted key", lambda: sorted([1, 2], key=lambda x: sorted([x], key=lambda y: count_down(10**6))))


def gen_forever(n):
    yield from gen_forever(n + 1)


fails_cleanly("yield from chain", lambda: next(gen_forever(0)))

# The limit counts frames: a limit just above the current depth still allows a call.
here = 0
f = sys._getframe()
while f:
    here += 1
    f = f.f_back
sys.setrecursionlimit(here + 5)
print("call near the limit:", count_down(2))
sys.setrecursionlimit(1000)
print("limit back:", sys.getrecursionlimit())
try:
    sys.setrecursionlimit(2 ** 40)
except OverflowError as e:
    print("OverflowError:", e)
