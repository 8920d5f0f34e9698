# AttributeError messages for instances, classes and builtin objects.
class Thing:
    x = 1


class Other(Thing):
    pass


t = Thing()
cases = [
    lambda: t.missing,
    lambda: Thing.missing,
    lambda: Other().gone,
    lambda: Other.gone,
    lambda: (5).foo,
    lambda: "s".bar,
    lambda: [].push,
    lambda: None.attr,
    lambda: int.nope,
    lambda: {}.key,
    lambda: type.zzz,
    lambda: object().q,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)


class WithName:
    def __init__(self):
        self.name = "n"


w = WithName()
try:
    w.nam
except AttributeError as e:
    print(type(e).__name__, e.args)
try:
    t.x = 1
    del t.y
except AttributeError as e:
    print("AttributeError:", e)
