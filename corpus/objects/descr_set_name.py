# __set_name__ is called once per descriptor at class creation, in definition order.
class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, self.kind)
        self.owner = owner
        self.name = name


class Model:
    id = Field("int")
    title = Field("str")
    not_a_field = 3
    body = Field("text")


print(Model.id.name, Model.title.owner.__name__, Model.body.kind)
f = Field("late")
Model.late = f
print(hasattr(f, "name"))
f.__set_name__(Model, "late")
print(f.name)
shared = Field("shared")


class A:
    x = shared
    y = shared


print(shared.name)
B = type("B", (), {"z": Field("dyn")})
print(B.z.name, B.z.owner is B)


class Sub(Model):
    extra = Field("sub")


print(Sub.extra.owner.__name__, Sub.id.owner.__name__)


class Weird:
    def __set_name__(self, owner, name):
        raise ValueError("no names for " + name)


try:
    class C:
        w = Weird()
except Exception as e:
    print(type(e).__name__, e)
