# TypeError: a call without a required argument.
def area(width, height):
    return width * height


def describe(x):
    print("area is", x)


describe(area(3, 4))
describe(area(height=2, width=5))
describe()
print("not reached")
