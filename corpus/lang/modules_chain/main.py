# main imports shapes, which imports util; each module body runs once.
print("main: start")
import shapes
import util

print("main: imported both")
print(shapes.perimeter([3, 4, 5]))
print(util.total([1, 2, 3, 4]))
print(util.calls[0])
from util import total

print(total([10, 20]))
print(util.calls[0])
print(shapes.util.calls[0])
print(shapes.__name__, util.__name__, __name__)
