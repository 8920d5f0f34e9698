# import m / from m import name across files.
print("main starts, __name__ =", __name__)
import geometry
from geometry import circle_area, PI

print(geometry.PI == PI)
print(geometry.describe("circle", circle_area(2)))
print(geometry.describe("square", geometry.rectangle_area(3)))
print(geometry.describe("rectangle", geometry.rectangle_area(3, h=4.5)))
print(geometry.UNIT)
print(geometry.__name__)
print(circle_area(1))
for r in range(1, 4):
    print(r, geometry.circle_area(r))
