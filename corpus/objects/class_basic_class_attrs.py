# Class attributes versus instance attributes: shadowing, sharing, mutation.
class Config:
    name = "default"
    tags = []
    limit = 10

    def set_name(self, n):
        self.name = n


a = Config()
b = Config()
print(a.name, b.name, Config.name)
a.set_name("alpha")
print(a.name, b.name, Config.name)
Config.name = "changed"
print(a.name, b.name, Config.name)
del a.name
print(a.name)

# a mutable class attribute is shared
a.tags.append("x")
b.tags.append("y")
print(a.tags, b.tags, Config.tags, a.tags is b.tags)

# assigning through the instance creates an instance attribute
a.tags = ["own"]
print(a.tags, b.tags, Config.tags)

# augmented assignment reads the class attribute, writes the instance
a.limit += 5
print(a.limit, b.limit, Config.limit)
print(sorted(vars(a)))
print("limit" in vars(b), "limit" in Config.__dict__)

# class attributes may be added later
Config.extra = 42
print(a.extra, b.extra)


class Counter:
    total = 0

    def __init__(self, step):
        self.step = step

    def bump(self):
        type(self).total += self.step
        return type(self).total


c1, c2 = Counter(1), Counter(10)
print(c1.bump(), c2.bump(), c1.bump(), Counter.total)
