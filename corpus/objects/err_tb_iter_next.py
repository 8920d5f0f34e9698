# corpus: full-stderr
# An exception from __next__ while a comprehension consumes the iterator.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return 10 // self.n


print([x for x in Countdown(3) if x > 100])
