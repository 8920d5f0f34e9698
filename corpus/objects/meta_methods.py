# Methods and attributes of a metaclass are visible on classes, not on instances.
class Meta(type):
    meta_attr = "meta"

    def describe(cls):
        return "class " + cls.__name__ + " with " + str(len(cls.__dict__)) + "+ entries"

    def __repr__(cls):
        return "<Class " + cls.__name__ + ">"

    def __len__(cls):
        return 99

    def __add__(cls, other):
        return cls.__name__ + "+" + other.__name__

    def __getattr__(cls, name):
        return "meta-getattr " + name


class A(metaclass=Meta):
    pass


class B(A):
    own = 1


print(A.describe().startswith("class A"), A.meta_attr, repr(A), A, [A, B])
print(len(A), A + B)
print(A.whatever, B.own)
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(type(A).describe(B).startswith("class B"))
print(str(B), f"{B}")
