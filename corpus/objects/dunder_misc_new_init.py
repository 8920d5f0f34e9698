# __new__ and __init__ arguments and CPython's errors for wrong ones.
class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(x=1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)


class InitOnly:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(vars(InitOnly(1)), vars(InitOnly(1, 3)), vars(InitOnly(b=4, a=5)))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"c": 3}), ((1,), {"a": 2})]:
    try:
        InitOnly(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class NewOnly:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o


print(NewOnly(3).v)
try:
    NewOnly(1, 2)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Both:
    def __new__(cls, *args, **kwargs):
        print("__new__", args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print("__init__", args, kwargs)


Both(1, k=2)


class PassesArgs:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


try:
    PassesArgs(1)
except TypeError as e:
    print("TypeError:", e)


class InitPassesArgs:
    def __init__(self, x):
        super().__init__(x)


try:
    InitPassesArgs(1)
except TypeError as e:
    print("TypeError:", e)
o = InitOnly(1)
o.__init__(7, 8)
print(o.a, o.b)
