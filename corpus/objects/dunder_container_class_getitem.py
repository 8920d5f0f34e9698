# __class_getitem__ supports Class[...] on classes (an implicit classmethod).
class Box:
    def __class_getitem__(cls, item):
        print("__class_getitem__", cls.__name__, item)
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


print(Box[int], Box["x"], Box[1, 2])


class SubBox(Box):
    pass


print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ " + str(item)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem " + str(item)


print(Both[1])
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(list[int] == list[int], str(list[int]), str(dict[str, int]))
