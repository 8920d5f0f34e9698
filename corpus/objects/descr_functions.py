# Functions are non-data descriptors: __get__ produces bound methods.
def greet(self, greeting="hi"):
    return greeting + " " + self.name


class P:
    def __init__(self, name):
        self.name = name


p = P("pat")
bound = greet.__get__(p, P)
print(bound(), bound("yo"), bound.__self__ is p, bound.__func__ is greet)
print(greet.__get__(None, P) is greet)
print(type(bound).__name__)
P.greet = greet
print(p.greet(), P.greet(p, "hey"))
print(P.__dict__["greet"] is greet, P.greet is greet)
print(p.greet.__func__ is greet)
print(hasattr(greet, "__get__"), hasattr(greet, "__set__"))
p.greet = "shadowed"
print(p.greet)
del p.greet
print(p.greet())


class Caller:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *a):
        return self.fn(*a)


class Q:
    m = Caller(lambda *a: len(a))


print(Q().m(1, 2), Q.m(1))
