# reversed(): __reversed__, else the sequence protocol (__len__ + __getitem__).
class Custom:
    def __reversed__(self):
        print("__reversed__")
        return iter(["z", "y", "x"])


class Sequence:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("__len__")
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


print(list(reversed(Custom())))
# (a comprehension: list() would also ask the iterator for a length hint)
print([x for x in reversed(Sequence([1, 2, 3]))])
r = reversed(Sequence("ab"))
print(type(r).__name__, next(r), next(r), next(r, "end"))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)


class NoReverse(Sequence):
    __reversed__ = None


try:
    reversed(NoReverse([1]))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(3))), "".join(reversed("abc")))
print(list(reversed({"a": 1, "b": 2})))
