# An exception raised by __del__ cannot propagate: it is printed as
# "Exception ignored in: <function ...>" with its traceback, and the program
# goes on and exits normally.
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("closing", self.name)
        raise RuntimeError("cannot close " + self.name)


r = Resource("db")
del r
try:
    gc.collect()
    print("collect returned normally")
except RuntimeError:
    print("not reached")
print("still running")
