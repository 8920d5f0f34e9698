print("before")


def show():
    print("inside show")


print("after")
