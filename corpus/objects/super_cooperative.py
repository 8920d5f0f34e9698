# Cooperative multiple inheritance: every __init__ calls super().__init__ with kwargs.
class Shape:
    def __init__(self, **kw):
        print("Shape.__init__ leftover", sorted(kw))
        super().__init__(**kw)


class Colored(Shape):
    def __init__(self, color="black", **kw):
        print("Colored.__init__", color)
        self.color = color
        super().__init__(**kw)


class Named(Shape):
    def __init__(self, name="?", **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)


class Labelled(Colored, Named):
    def __init__(self, label, **kw):
        print("Labelled.__init__", label)
        self.label = label
        super().__init__(**kw)

    def show(self):
        return f"{self.label}: {self.name} in {self.color}"


l = Labelled("L1", name="box", color="red")
print(l.show())
print([c.__name__ for c in Labelled.__mro__])
try:
    Labelled("L2", size=3)
except TypeError as e:
    print("TypeError:", e)


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("setting", key)
        super().__setitem__(key, value)


class Counted(LoggingDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


d = Counted()
d["a"] = 1
d["b"] = 2
print(d)
