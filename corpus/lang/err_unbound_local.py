# UnboundLocalError: a local variable read before assignment.
counter = 0


def show():
    print("counter is", counter)


def increment():
    counter = counter + 1
    return counter


show()
print(increment())
