# The class body is executed like a function body, but its names are not
# visible from methods or nested function scopes.
x = "global x"
log = []


class K:
    log.append("body runs")
    x = "class x"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
    if total > 5:
        big = True
    else:
        big = False
    for n in range(3):
        log.append("loop " + str(n))
    del n

    def get_x(self):
        return x

    def get_class_x(self):
        return self.x


print(log)
print(K.x, K.y, K.doubled, K.total, K.big)
print(K().get_x())
print(K().get_class_x())
print(hasattr(K, "n"))


def make():
    v = "enclosing"

    class Inner:
        w = v
        v2 = v + "2"

        def get(self):
            return v
    return Inner


I = make()
print(I.w, I.v2, I().get())


def make2():
    a = 1

    class C:
        a = 2
        b = a
        def f(self):
            return a
    return C


C = make2()
print(C.a, C.b, C().f())
print(sorted([k for k in vars(K) if not k.startswith("__")]))
