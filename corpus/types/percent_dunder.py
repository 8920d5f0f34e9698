# How %d %x %f %c reach a class's __int__ / __index__ / __float__.
class IntOnly:
    def __repr__(self):
        return "IntOnly()"

    def __int__(self):
        return 7


class IndexOnly:
    def __repr__(self):
        return "IndexOnly()"

    def __index__(self):
        return 11


class FloatOnly:
    def __repr__(self):
        return "FloatOnly()"

    def __float__(self):
        return 2.5


class Both:
    def __repr__(self):
        return "Both()"

    def __int__(self):
        return 1

    def __index__(self):
        return 2

    def __float__(self):
        return 3.0


class MyInt(int):
    def __str__(self):
        return "MyInt!"

    def __repr__(self):
        return "MyInt-repr"


def t(fmt, arg):
    try:
        print(fmt, repr(fmt % (arg,)))
    except Exception as e:
        print(fmt, type(e).__name__, e)


for obj in [IntOnly(), IndexOnly(), FloatOnly(), Both(), MyInt(5), 3.7, True]:
    print(type(obj).__name__)
    for fmt in ["%d", "%i", "%x", "%o", "%X", "%f", "%e", "%g", "%c", "%s", "%r"]:
        t(fmt, obj)
