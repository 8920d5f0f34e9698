# Error messages of properties without setters or deleters.
class A:
    @property
    def ro(self):
        return 1

    def _set(self, v):
        self._w = v

    wo = property(None, _set)


a = A()
for action in ("set", "del"):
    try:
        if action == "set":
            a.ro = 5
        else:
            del a.ro
    except AttributeError as e:
        print(action, "AttributeError:", e)
a.wo = 3
print(a._w)
try:
    a.wo
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.wo
except AttributeError as e:
    print("AttributeError:", e)


class Raising:
    @property
    def bad(self):
        return 1 / 0


try:
    Raising().bad
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hasattr(A, "ro"), A.ro.fset is None)
