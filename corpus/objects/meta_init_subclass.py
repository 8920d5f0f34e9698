# __init_subclass__: implicit classmethod, chaining via super(), validation.
class Base:
    subclasses = []

    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        Base.subclasses.append(cls.__name__)


class Mid(Base):
    def __init_subclass__(cls, tag="none", **kwargs):
        print("Mid.__init_subclass__", cls.__name__, tag)
        cls.tag = tag
        super().__init_subclass__(**kwargs)


class Leaf1(Mid, tag="t1"):
    pass


class Leaf2(Mid):
    pass


print(Base.subclasses, Leaf1.tag, Leaf2.tag)
print(hasattr(Mid, "tag"))


class RequiresRun:
    def __init_subclass__(cls):
        super().__init_subclass__()
        if "run" not in cls.__dict__:
            raise TypeError(cls.__name__ + " must define run()")


class Good(RequiresRun):
    def run(self):
        return "ran"


print(Good().run())
try:
    class NotGood(RequiresRun):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Base.__dict__["__init_subclass__"]).__name__)
