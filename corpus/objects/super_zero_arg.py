# super() with no arguments in methods, including deep chains.
class A:
    def f(self, log):
        log.append("A")
        return log

    def g(self):
        return "A.g"


class B(A):
    def f(self, log):
        log.append("B")
        return super().f(log)


class C(B):
    def f(self, log):
        log.append("C")
        return super().f(log)

    def g(self):
        return "C.g>" + super().g()


print(C().f([]), B().f([]), C().g())


class Repr:
    def __repr__(self):
        return "Repr:" + super().__repr__()[:8]


print(repr(Repr()))


class Init:
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x


class Init2(Init):
    def __init__(self, y, **kw):
        super().__init__(**kw)
        self.y = y


o = Init2(y=1, x=2)
print(o.x, o.y)
try:
    Init2(y=1, x=2, z=3)
except TypeError as e:
    print("TypeError:", e)


class WithLambdaInside(A):
    def g(self):
        helper = lambda: super(WithLambdaInside, self).g()
        return "lambda:" + helper()


print(WithLambdaInside().g())
s = super(C, C())
print(type(s).__name__)
