# A metaclass overriding __call__: singletons, argument checks, instance counting.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Logger(metaclass=Singleton):
    pass


print(Logger() is Logger(), Logger() is not a)


class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(cls.__name__ + " cannot be instantiated")


class Namespace(metaclass=NoInstances):
    X = 1


try:
    Namespace()
except TypeError as e:
    print("TypeError:", e)
print(Namespace.X)


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("before", cls.__name__, args, sorted(kwargs.items()))
        obj = super().__call__(*args, **kwargs)
        print("after", type(obj).__name__)
        return obj


class Thing(metaclass=Tracing):
    def __new__(cls, *a, **k):
        print("Thing.__new__")
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("Thing.__init__", x, y)


Thing(1, y=2)
