print("helper imported")


def double(x):
    return x * 2
