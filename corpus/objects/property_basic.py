# property as a decorator: computed, read-only attributes.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        print("computing area")
        return self.w * self.h

    @property
    def shape(self):
        return "square" if self.w == self.h else "rectangle"


r = Rect(3, 4)
print(r.area, r.shape)
r.w = 4
print(r.area, r.shape)
print(type(Rect.area).__name__, Rect.area.fget.__name__, Rect.area.fset)
try:
    r.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
r.__dict__["area"] = "ignored"
print(r.area)
print(hasattr(r, "area"), "area" in vars(r))
print(getattr(r, "shape"))
