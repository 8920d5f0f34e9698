# __name__, __qualname__ and __module__ of classes, nested classes and methods.
class Outer:
    class Inner:
        class Deepest:
            def m(self):
                pass

        def method(self):
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.method.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner.Deepest.m.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, L.__module__)
print(__name__)


def factory():
    class Made:
        def hello(self):
            return "hi"
    return Made


M = factory()
print(M.__qualname__, M.hello.__qualname__, M().hello())
print(type(Outer()).__qualname__)
print(Outer.method.__name__)
print(int.__qualname__, dict.__qualname__, type.__qualname__)
