# Errors from __bool__ and __len__ returning the wrong thing.
class BoolInt:
    def __bool__(self):
        return 1


class LenNeg:
    def __len__(self):
        return -1


class LenStr:
    def __len__(self):
        return "3"


class LenBig:
    def __len__(self):
        return 2 ** 70


class LenFloat:
    def __len__(self):
        return 2.0


class LenBool:
    def __len__(self):
        return True


for obj in (BoolInt(), LenNeg(), LenStr(), LenBig(), LenFloat()):
    name = type(obj).__name__
    try:
        print(name, bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__ + ":", e)
    try:
        print(name, "len", len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(name, "len", type(e).__name__ + ":", e)
print(len(LenBool()), bool(LenBool()))


class LenIndex:
    class N:
        def __index__(self):
            return 4

    def __len__(self):
        return self.N()


print(len(LenIndex()))
try:
    if BoolInt():
        pass
except TypeError as e:
    print("if: TypeError:", e)
