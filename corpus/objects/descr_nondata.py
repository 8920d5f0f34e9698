# Non-data descriptors (only __get__) are shadowed by the instance __dict__.
class Computed:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        print("computed", self.name)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Computed
    def area(self):
        return 3 * self.r * self.r

    @Computed
    def perimeter(self):
        return 6 * self.r


c = Circle(2)
print(c.area)
print(c.area)
print(c.perimeter, c.perimeter)
print(sorted(vars(c)))
c.area = "overridden"
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, owner):
        return self.v


class K:
    x = Const(1)


k = K()
print(k.x, K.x)
k.x = 2
print(k.x, K.x)
K.x = 3
print(k.x, K.x)
