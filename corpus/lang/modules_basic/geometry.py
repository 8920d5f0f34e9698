# A module with constants and functions.
print("loading geometry, __name__ =", __name__)
PI = 3.141592653589793
UNIT = "cm"


def circle_area(r):
    return PI * r * r


def rectangle_area(w, h=None):
    if h == None:
        h = w
    return w * h


def describe(shape, area):
    return f"{shape}: {area:.2f} {UNIT}^2"
