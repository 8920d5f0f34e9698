# AttributeError messages around __slots__.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = S()
for action in ("get b", "del b", "set c", "get c", "del c"):
    try:
        if action == "get b":
            s.b
        elif action == "del b":
            del s.b
        elif action == "set c":
            s.c = 1
        elif action == "get c":
            s.c
        else:
            del s.c
    except AttributeError as e:
        print(action, "-> AttributeError:", e)
print(s.a)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)


class Frozen:
    __slots__ = ("v",)

    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
