# corpus: full-stderr
# An exception raised inside a property getter.
class Stats:
    def __init__(self, values):
        self.values = values

    @property
    def mean(self):
        return sum(self.values) / len(self.values)

    def report(self):
        return f"mean={self.mean:.2f}"


print(Stats([1, 2, 3]).report())
print(Stats([]).report())
