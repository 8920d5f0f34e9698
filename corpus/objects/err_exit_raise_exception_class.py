# Uncaught exception raised as a class with no message.
class Halt(Exception):
    pass


def step(n):
    if n == 3:
        raise Halt
    return n


for i in range(5):
    print(step(i))
