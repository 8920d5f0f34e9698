# corpus: full-stderr
# An exception raised from a metaclass __new__ while a class statement runs.
class Strict(type):
    def __new__(mcls, name, bases, ns):
        for key in ns:
            if not key.startswith("_") and key.lower() != key:
                raise TypeError(f"{name}.{key}: attribute names must be lowercase")
        return super().__new__(mcls, name, bases, ns)


class Good(metaclass=Strict):
    value = 1


print(Good.value)


class Bad(metaclass=Strict):
    Value = 2
