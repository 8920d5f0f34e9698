# __getitem__ with ints, negative ints, strings and tuples as keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[x + y * w for x in range(w)] for y in range(h)]

    def __getitem__(self, key):
        print("getitem", repr(key))
        if isinstance(key, tuple):
            x, y = key
            return self.cells[y][x]
        if isinstance(key, str):
            return {"w": self.w, "h": self.h}[key]
        return self.cells[key]


g = Grid(3, 2)
print(g[1, 1], g[2, 0], g[(0, 1)])
print(g[0], g[-1])
print(g["w"], g["h"])
try:
    g["depth"]
except KeyError as e:
    print("KeyError:", e)
try:
    g[5]
except IndexError as e:
    print("IndexError:", e)


class Squares:
    def __getitem__(self, n):
        return n * n


s = Squares()
print(s[4], s[-3], s[10 ** 10])
try:
    Squares()["x"]
except TypeError as e:
    print("TypeError:", e)


class NoGet:
    pass


try:
    NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
