# A metaclass overriding __init__: post-process the created class.
class Registering(type):
    all_classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        print("Registering.__init__", name, sorted([k for k in ns if not k.startswith("__")]))
        Registering.all_classes.append(cls)
        cls.depth = len(cls.__mro__) - 1


class Root(metaclass=Registering):
    a = 1


class Mid(Root):
    def m(self):
        pass


class Leaf(Mid):
    b = 2


print([c.__name__ for c in Registering.all_classes])
print(Root.depth, Mid.depth, Leaf.depth)


class CountMethods(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.method_count = sum([1 for v in ns.values() if callable(v)])


class Api(metaclass=CountMethods):
    def get(self): pass
    def put(self): pass
    version = 2


print(Api.method_count)
D = Registering("Dynamic", (Root,), {"z": 0})
print(D.depth, Registering.all_classes[-1] is D)
