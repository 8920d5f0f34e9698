# A metaclass overriding __new__: inspect and rewrite the namespace.
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        print("UpperAttrs.__new__", mcls.__name__, name, [b.__name__ for b in bases])
        new_ns = {}
        for k, v in ns.items():
            if k.startswith("__"):
                new_ns[k] = v
            else:
                new_ns[k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)


class Config(metaclass=UpperAttrs):
    host = "localhost"
    port = 80

    def show(self):
        return "show"


print(hasattr(Config, "host"), Config.HOST, Config.PORT, Config().SHOW())
print(type(Config).__name__, type(Config) is UpperAttrs, isinstance(Config, type))


class Sub(Config):
    debug = True


print(Sub.DEBUG, Sub.HOST, type(Sub).__name__)


class Final(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, Final) and getattr(b, "_final", False):
                raise TypeError("cannot subclass final class " + b.__name__)
        return super().__new__(mcls, name, bases, ns)


class Locked(metaclass=Final):
    _final = True


try:
    class Broken(Locked):
        pass
except TypeError as e:
    print("TypeError:", e)


class AddRepr(type):
    def __new__(mcls, name, bases, ns, fields=()):
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = fields

        def __init__(self, *args):
            for f, a in zip(fields, args):
                setattr(self, f, a)

        def __repr__(self):
            return name + "(" + ", ".join([f + "=" + repr(getattr(self, f)) for f in fields]) + ")"
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        return cls

    def __init__(cls, name, bases, ns, fields=()):
        super().__init__(name, bases, ns)


class Pair(metaclass=AddRepr, fields=("left", "right")):
    pass


print(Pair(1, "two"), Pair.fields)
