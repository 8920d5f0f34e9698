# __delete__ on data descriptors.
class Resettable:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print("resetting", self.key)
        if hasattr(obj, self.key):
            delattr(obj, self.key)


class Form:
    name = Resettable()
    email = Resettable()


f = Form()
print(f.name, f.email)
f.name = "ann"
f.email = "a@x"
print(f.name, f.email, sorted(vars(f)))
del f.name
print(f.name, sorted(vars(f)))
del f.name
print(f.name)


class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")


class G:
    d = OnlyDelete()


g = G()
del g.d
print(type(G.d).__name__)
try:
    g.d = 1
except AttributeError as e:
    print("AttributeError:", e)


class NoDelete:
    def __get__(self, obj, owner):
        return 1

    def __set__(self, obj, v):
        pass


class H:
    d = NoDelete()


try:
    del H().d
except AttributeError as e:
    print("AttributeError:", e)
