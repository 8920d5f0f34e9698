# __prepare__ on a metaclass supplies the class-body namespace.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwargs))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3

    def method(self):
        pass
    alpha = 4


print(Record.field_order)
print(Record.alpha)


class Sub(Record, flag=True):
    b = 1
    a = 2


print(Sub.field_order)


class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class D(dict):
            def __setitem__(self, k, v):
                if k in self and not k.startswith("__"):
                    raise TypeError("duplicate " + k)
                dict.__setitem__(self, k, v)
        return D()


try:
    class X(metaclass=NoDup):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("x", ()) == {})
