# Rich comparisons on a user class.
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a == b, a != b)
print(a < b, a <= c, a > b, b >= a, a is c)
print(a == "1.2", a != "1.2")
print(Version("1.2.3") < Version("1.3") < Version("2.0"))
print(sorted([Version("3.0"), Version("1.0.1"), Version("1.0"), Version("2.11"), Version("2.9")]))
print(max([a, b]), min([a, b]))
print(a in [Version("0.1"), Version("1.2")], a in [1, 2])
print([Version("1.0")].index(Version("1.0")), [a, b, c].count(Version("1.2")))
