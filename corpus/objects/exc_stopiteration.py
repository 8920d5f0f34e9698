# StopIteration.value carries an iterator's final value (iterator classes, no generators).
class OneThenDone:
    def __init__(self):
        self.step = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.step += 1
        if self.step == 1:
            return 1
        raise StopIteration("done")


g = OneThenDone()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(7).args)


class Delegating:
    # Drives an inner iterator by hand and reads StopIteration.value at its end.
    def __init__(self):
        self.inner = OneThenDone()
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.finished:
            raise StopIteration
        try:
            return next(self.inner)
        except StopIteration as e:
            self.finished = True
            return "inner returned " + e.value


print(list(Delegating()))


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("finished")
        return self.n


it = It()
print(list(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), "default"))


class Bare:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


try:
    next(Bare())
except StopIteration as e:
    print("bare:", repr(e), e.value, e.args)


class Leaky:
    # A StopIteration escaping from a nested next() silently ends the outer loop.
    def __init__(self):
        self.inner = iter([1])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.inner) * 10


print(list(Leaky()))


class Strict:
    # Converts a leaking StopIteration into a RuntimeError, chained with "from".
    def __init__(self):
        self.inner = OneThenDone()

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.inner) * 10
        except StopIteration as e:
            raise RuntimeError("iterator raised StopIteration") from e


try:
    list(Strict())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
