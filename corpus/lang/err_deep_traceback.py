# An error raised deep in a chain of calls.
def level1(x):
    return level2(x) + 1


def level2(x):
    return level3(x) * 2


def level3(x):
    return level4(x, x - 3)


def level4(a, b):
    print("level4", a, b)
    return a // b


for x in [6, 5, 4, 3]:
    print("result", level1(x))
