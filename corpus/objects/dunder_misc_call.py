# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls)
print(list(map(add5, [0, 10])), callable(add5), callable(Adder))
print(sorted([3, 1, 2], key=Adder(-1)))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()))


class CallOnClass:
    __call__ = lambda self: "called"


c = CallOnClass()
c.__call__ = lambda: "instance attr ignored"
print(c())


class Chain:
    def __call__(self):
        return self


ch = Chain()
print(ch()()() is ch)
