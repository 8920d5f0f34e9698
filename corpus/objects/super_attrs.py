# super() gives access to parent properties, class attributes and dunder methods.
class Base:
    tag = "base-tag"

    @property
    def size(self):
        return 10

    def __len__(self):
        return 3

    def __str__(self):
        return "Base-str"


class Child(Base):
    tag = "child-tag"

    @property
    def size(self):
        return super().size * 2

    def __len__(self):
        return super().__len__() + 1

    def __str__(self):
        return "Child(" + super().__str__() + ")"

    def tags(self):
        return self.tag, super().tag


c = Child()
print(c.size, len(c), str(c), c.tags())
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(Child, c).size = 5
except AttributeError as e:
    print("AttributeError:", e)


class Leaf(Child):
    def __getattr__(self, name):
        return "leaf-getattr:" + name

    def check(self):
        try:
            return super().nothing_here
        except AttributeError as e:
            return "AttributeError: " + str(e)


print(Leaf().check())
print(Leaf().whatever)
