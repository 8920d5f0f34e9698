# Overridden methods of builtin subclasses are seen by sorted, print, join, dict lookups.
class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
print(min(RevInt(1), RevInt(5)), max([RevInt(1), RevInt(5)]))


class Loud(str):
    def __str__(self):
        return self.upper()

    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"


w = Loud("hey")
print(w, [w], str(w), "%s" % w, f"{w}")
print(", ".join([w, Loud("you")]))
print(w + "!", len(w))


class FuzzyKey(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return self.lower() == str.lower(other)


d = {FuzzyKey("Apple"): 1}
print(d[FuzzyKey("APPLE")], FuzzyKey("aPPle") in d, "apple" in d)
s = {FuzzyKey("X"), FuzzyKey("x")}
print(len(s))


class CountingList(list):
    def __iter__(self):
        print("CountingList.__iter__")
        return super().__iter__()

    def __len__(self):
        return super().__len__() * 10


c = CountingList([3, 1, 2])
print(sorted(c))
print(list(c))
print(sum(c))
for x in c:
    pass
print(len(c))
print(bool(c))
