# __iter__ and __next__: iterator objects, iterables returning fresh iterators.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
for x in c:
    print("tick", x)
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
print(iter(it) is it)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print([a * b for a in Countdown(2) for b in Countdown(2)])
a, b, c2 = Countdown(3)
print(a, b, c2)
print(*Countdown(4), sep="-")
print(tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3}, dict.fromkeys(Countdown(2)))
print(" ".join([str(n) for n in Countdown(3)]))
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))


class Upper:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter([d.upper() for d in self.data])


print(list(Upper("abc")), "B" in Upper("xbz"))
try:
    next(Countdown(1))
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
