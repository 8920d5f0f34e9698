# Parenthesised context managers (3.10+ syntax), with trailing comma.
class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n * 10

    def __exit__(self, *exc):
        print("exit", self.n)


with (
    CM(1) as a,
    CM(2) as b,
    CM(3),
):
    print("sum", a + b)
with (CM(4) as x, CM(5) as y):
    print(x, y)
with (CM(6)):
    print("single in parens")
with (CM(7)) as z:
    print(z)
