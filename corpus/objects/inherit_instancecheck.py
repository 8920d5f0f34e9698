# __instancecheck__ and __subclasscheck__ on a metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all([hasattr(obj, m) for m in cls.required])

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all([hasattr(sub, m) for m in cls.required])


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))
q = Quacker()
print(isinstance(q, Quacker))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance("2", EvenNumber))


class Nothing(type):
    def __subclasscheck__(cls, sub):
        return False


class N(metaclass=Nothing):
    pass


class M(N):
    pass


print(issubclass(M, N), isinstance(M(), N), type(M()) is M)
