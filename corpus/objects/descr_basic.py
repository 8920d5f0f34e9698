# A data descriptor: __get__ receives (instance, owner); instance is None on the class.
class Traced:
    def __init__(self, default):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            print("class access", owner.__name__, self.name)
            return self
        print("get", self.name, "on", type(obj).__name__)
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        print("set", self.name, "=", value)
        obj.__dict__[self.name] = value


class Widget:
    width = Traced(10)
    height = Traced(20)


w = Widget()
print(w.width, w.height)
w.width = 5
print(w.width)
d = Widget.width
print(type(d).__name__, d.name, d.default)
print(Widget.__dict__["height"].name)
w2 = Widget()
print(w2.width)
print(type(w).__dict__["width"].__get__(w, Widget))
print(Widget.height.__get__(None, Widget) is Widget.__dict__["height"])


class Sub(Widget):
    pass


s = Sub()
s.height = 99
print(s.height, Sub.width.name)
