# corpus: full-stderr
# An exception raised through __call__ of a decorator class wrapping a function.
class Checked:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        for a in args:
            if a < 0:
                raise ValueError(f"{self.func.__name__}: negative argument {a}")
        return self.func(*args)


@Checked
def area(w, h):
    return w * h


print(area(2, 3))
print(area(2, -3))
