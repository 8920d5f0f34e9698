# Attribute lookup order: data descriptor > instance __dict__ > non-data
# descriptor > class attribute > __getattr__.
class DataDesc:
    def __get__(self, obj, owner):
        return "data-descriptor"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, owner):
        return "non-data-descriptor"


class A:
    d = DataDesc()
    n = NonDataDesc()
    c = "class-attr"

    def __getattr__(self, name):
        return "getattr:" + name


a = A()
print(a.d, a.n, a.c, a.zzz)
a.__dict__["d"] = "instance-d"
a.__dict__["n"] = "instance-n"
a.__dict__["c"] = "instance-c"
print(a.d, a.n, a.c)
a.d = "assigned"
print(a.d, a.__dict__["d"])
a.n = "assigned-n"
print(a.n)
del a.__dict__["n"]
print(a.n)
del a.c
print(a.c)
print(A.d, A.n, A.c)
try:
    A.zzz
except AttributeError as e:
    print("AttributeError:", e)


class B(A):
    c = "B-class"


b = B()
print(b.d, b.n, b.c, b.other)


class Meta(type):
    m = "from-meta"
    c = "meta-c"


class K(metaclass=Meta):
    c = "K-c"


print(K.m, K.c)
try:
    K().m
except AttributeError as e:
    print("AttributeError:", e)
