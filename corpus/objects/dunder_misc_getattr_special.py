# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-type-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())


class Dyn:
    def __getattr__(self, name):
        return lambda *a: "getattr " + name


d = Dyn()
print(d.__len__(), d.anything())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
C.__len__ = lambda self: 42
print(len(c))
C.__add__ = lambda self, o: "added " + str(o)
print(c + 1)
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __len__(cls):
        return 7


class WithMeta(metaclass=Meta):
    def __len__(self):
        return 3


print(len(WithMeta), len(WithMeta()))
