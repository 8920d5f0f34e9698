# __index__ lets an object act as an integer for indexing, slicing, range, bin/hex.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


data = list("abcdefgh")
print(data[Idx(2)], "xyz"[Idx(-1)], (10, 20, 30)[Idx(1)])
print(data[Idx(1):Idx(5):Idx(2)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2))
print(int.__index__(7), (5).__index__())
data[Idx(0)] = "Z"
print(data[:2])
import sys
print(sys.maxsize > 0)
try:
    data["1"]
except TypeError as e:
    print("TypeError:", e)


class NotIndex:
    def __int__(self):
        return 1


try:
    data[NotIndex()]
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return "no"


try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(Idx(9)))
