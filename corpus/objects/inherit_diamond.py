# Diamond inheritance: each class appears once in the MRO; super() follows it.
calls = []


class Base:
    def __init__(self):
        calls.append("Base")

    def greet(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        calls.append("Left")
        super().__init__()

    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def __init__(self):
        calls.append("Right")
        super().__init__()

    def greet(self):
        return ["Right"] + super().greet()


class Bottom(Left, Right):
    def __init__(self):
        calls.append("Bottom")
        super().__init__()

    def greet(self):
        return ["Bottom"] + super().greet()


b = Bottom()
print(calls)
print(b.greet())
print([c.__name__ for c in Bottom.__mro__])
calls.clear()
Left()
print(calls)
print(Left().greet())


class X(Right, Left):
    pass


print([c.__name__ for c in X.__mro__], X().greet())
