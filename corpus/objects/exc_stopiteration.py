# StopIteration.value carries a generator's return value.
def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(7).args)


def delegating():
    result = yield from gen()
    yield "inner returned " + result


print(list(delegating()))


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


def bad_gen():
    yield 1
    raise StopIteration("inside generator")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
