# property with @x.setter and @x.deleter.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        print("setting celsius", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.celsius.__doc__)
p = Temperature.__dict__["celsius"]
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class Old:
    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 10

    def del_x(self):
        del self._x

    x = property(get_x, set_x, del_x, "the x")


o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
del o.x
print(hasattr(o, "x"))
q = property(lambda self: 1)
q2 = q.setter(lambda self, v: None)
print(q is q2, q2.fget is q.fget, q.fset is None)
