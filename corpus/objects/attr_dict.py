# Instance __dict__, class __dict__ (a mappingproxy), vars().
class Pt:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Pt(3, -4)
print(p.__dict__, vars(p), vars(p) is p.__dict__)
p.__dict__["z"] = 7
print(p.z, sorted(vars(p)))
vars(p)["x"] = 100
print(p.x)
p.__dict__ = {"x": 1, "y": 1}
print(p.norm1(), hasattr(p, "z"))
cd = Pt.__dict__
print(type(cd).__name__, "dims" in cd, "norm1" in cd, "x" in cd)
print(sorted([k for k in cd if not k.startswith("__")]))
print(cd["dims"], type(cd["norm1"]).__name__)
try:
    cd["dims"] = 3
except TypeError as e:
    print("TypeError:", e)
print(vars(Pt)["dims"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


class Sub(Pt):
    extra = True


print(sorted([k for k in Sub.__dict__ if not k.startswith("__")]))
print("dims" in Sub.__dict__, Sub.dims)
s = Sub(1, 2)
print(vars(s))


def f():
    pass


f.attr = 1
print(f.__dict__)
