# Class decorators: registering, adding attributes, replacing the class.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def with_greeting(greeting):
    def deco(cls):
        def greet(self):
            return greeting + ", " + self.name
        cls.greet = greet
        return cls
    return deco


def counted(cls):
    cls.instances = 0
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls


@register
@with_greeting("Hello")
@counted
class Person:
    def __init__(self, name):
        self.name = name


@register
class Robot:
    def __init__(self, name):
        self.name = name


p = Person("Ada")
q = Person("Alan")
print(p.greet(), q.greet())
print(Person.instances)
print(sorted(registry))
print(registry["Robot"]("R2").name)


def replace(cls):
    return "replaced " + cls.__name__


@replace
class Gone:
    pass


print(Gone)

order = []


def trace(tag):
    def deco(cls):
        order.append(tag + ":" + cls.__name__)
        return cls
    return deco


@trace("outer")
@trace("inner")
class T:
    pass


print(order)
