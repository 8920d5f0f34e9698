# Bound methods: __self__, __func__, equality, calling through the class.
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, punct="!"):
        return "hello " + self.name + punct


g = Greeter("bob")
m = g.hello
print(m(), m("?"))
print(m.__self__ is g, m.__func__ is Greeter.hello)
print(Greeter.hello(g), Greeter.hello(g, "."))
print(m == g.hello, g.hello == Greeter("bob").hello)
print(m.__name__, m.__qualname__)
h = Greeter("amy")
funcs = [g.hello, h.hello]
print([f() for f in funcs])
print(callable(m), callable(Greeter.hello))
print(type(Greeter.hello).__name__, type(m).__name__)

# storing a function on an instance does not bind it
g.shout = lambda s: s.upper()
print(g.shout("quiet"))

# a bound method keeps its object alive and reflects later changes
g.name = "robert"
print(m())


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


a = Acc()
add = a.add
for i in range(4):
    add(i)
print(a.items)
print(a.add(9).add(10).items)
print(list(map(Greeter("z").hello, ["1", "2"])))
