# Default equality is identity; containers use identity then __eq__.
class Obj:
    pass


a, b = Obj(), Obj()
print(a == a, a == b, a != b, a is a, a is not b)
lst = [a, b]
print(a in lst, Obj() in lst, lst.index(b), lst.count(a))
d = {a: "first", b: "second"}
print(d[a], d[b], Obj() in d)


class NeverEqual:
    def __eq__(self, other):
        print("__eq__ called")
        return False

    __hash__ = object.__hash__


n = NeverEqual()
print(n == n)
print(n in [n])
print([n] == [n])
print(n in {n: 1})
print((n,) == (n,))
x = [NeverEqual()]
print(x == [NeverEqual()])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
