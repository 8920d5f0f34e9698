# __prepare__, __new__ and __init__ all receive the class keyword arguments.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        ns = {"injected": kw.get("default", None)}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()), ns["injected"])
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)


class A(metaclass=Meta, default=5, flag="x"):
    seen = injected


print(A.seen, A.injected)


class B(A, default=7):
    pass


print(B.injected, B.seen)
ns = Meta.__prepare__("Manual", ())
print(ns)
