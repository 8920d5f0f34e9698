# corpus: full-stderr
# An IndexError raised by a user __getitem__ used in a for loop over indices.
class Ring:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        if i >= 2 * len(self.items):
            raise IndexError(f"ring index {i} past two laps")
        return self.items[i % len(self.items)]


r = Ring(["a", "b", "c"])
for i in range(8):
    print(i, r[i])
