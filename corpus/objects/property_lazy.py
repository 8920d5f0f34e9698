# A cached-property pattern and property chains.
class cached:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Dataset:
    def __init__(self, values):
        self.values = values
        self.work = 0

    @cached
    def total(self):
        self.work += 1
        return sum(self.values)

    @property
    def mean(self):
        return self.total / len(self.values)

    @property
    def spread(self):
        return max(self.values) - min(self.values)


d = Dataset([1, 2, 3, 4, 10])
print(d.mean, d.mean, d.total, d.work)
print(d.spread)
d.values.append(100)
print(d.total, d.mean, d.spread, d.work)
del d.total
print(d.total, d.work)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full(self):
        return self.first + " " + self.last

    @full.setter
    def full(self, name):
        self.first, self.last = name.split(" ", 1)

    @property
    def initials(self):
        return "".join([p[0] for p in self.full.split()])


p = Person("Grace", "Hopper")
print(p.full, p.initials)
p.full = "Alan Mathison Turing"
print(p.first, "|", p.last, "|", p.initials)
