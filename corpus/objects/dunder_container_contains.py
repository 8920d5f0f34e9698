# `in` uses __contains__, then falls back to __iter__, then to __getitem__.
class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item % 2 == 0


class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem())
print(25 in WithGetitem())


class Truthy:
    def __contains__(self, item):
        return "non-empty string"


print(1 in Truthy(), 1 not in Truthy())


class NoContainer:
    pass


try:
    1 in NoContainer()
except TypeError as e:
    print("TypeError:", e)


class ContainsNone:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError:", e)
print("a" in "cat", 1 in {1: 2}, (1, 2) in [(1, 2)], 3 in range(5))
