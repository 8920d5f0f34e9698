# Truth testing: __bool__ first, then __len__, else always true.
class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("__bool__")
        return self.b


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__")
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


for obj in (WithBool(True), WithBool(False), WithLen(0), WithLen(3), Both(), Neither()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(len(WithLen(7)))
if WithLen(0) or WithBool(True):
    print("or evaluated")
x = WithLen(2) and "second"
print(x)
items = [WithLen(0), WithLen(1), WithBool(False)]
print([bool(i) for i in items], any(items), all(items))
n = 0
w = WithLen(3)
while w:
    w.n -= 1
    n += 1
print("loops", n)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    len(WithBool(True))
except TypeError as e:
    print("TypeError:", e)
