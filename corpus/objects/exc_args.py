# The args attribute of exceptions, and what str/repr make of it.
cases = [ValueError(), ValueError("one"), ValueError("one", 2), ValueError(None),
         KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3), OSError(),
         Exception([1, 2]), StopIteration(5), ZeroDivisionError("custom")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.args = ["list"]
print(e.args, type(e.args).__name__)
e2 = Exception("a")
e2.extra = "attr"
print(e2.extra, e2.args)


class Custom(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


c = Custom(1, 2)
print(c.args, repr(str(c)), repr(c), c.a + c.b)


class Custom2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


c2 = Custom2("msg", 2)
print(c2.args, str(c2), repr(c2))
