# Types are callable; type(x)(...) builds a new value of the same type.
print(int("42"), int("ff", 16), float("1.5"), str(12), bool(0), list("ab"))
print(tuple([1, 2]), dict([("a", 1)]), dict(a=1, b=2), set([1, 1]) == {1})
for v in (3, 2.5, "x", (1,), [2]):
    print(type(v)(v), type(type(v)(v)).__name__)
print(int(), float(), str(), bool(), list(), tuple(), dict())
makers = [int, str, float]
print([m("7") for m in makers])
print(callable(int), callable(3), callable(type), callable("str"))
print(type(int) is type)
conv = {"i": int, "f": float, "s": str}
print(conv["i"]("10") + 1, conv["f"]("2") * 2, conv["s"](3) * 2)
print(range(3).__class__(5))
print(sorted([3, 1, 2], key=str))
print(list(map(bool, [0, 1, "", "a"])))
print(isinstance(int, type), issubclass(int, object))
print(type("abc") == str, type("abc") is str)
