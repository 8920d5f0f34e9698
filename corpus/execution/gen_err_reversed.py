# reversed() needs a sequence or __reversed__; a generator has neither.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Reversible:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(self.n)

    def __reversed__(self):
        yield from countdown(self.n)


print(list(countdown(3)))
print(list(reversed(list(countdown(3)))))
print(list(reversed(range(3))))
print(list(Reversible(3)), list(reversed(Reversible(3))))
print(list(reversed(countdown(3))))
