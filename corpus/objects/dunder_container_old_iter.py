# The old sequence iteration protocol: __getitem__ with 0, 1, 2, ... until IndexError.
class OldSeq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return "item" + str(i)


print(list(OldSeq(3)))
for x in OldSeq(2):
    print("loop", x)
it = iter(OldSeq(1))
print(type(it).__name__, next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sorted(OldSeq(2), reverse=True))


class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopEarly()))


class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError:", e)
a, b = OldSeq(2)
print(a, b)
