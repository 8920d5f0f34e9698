# staticmethod: no implicit first argument.
class Math:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def clamp(x, lo=0, hi=10):
        return max(lo, min(hi, x))

    def use(self):
        return self.add(1, 2) + Math.clamp(99)


m = Math()
print(Math.add(2, 3), m.add(4, 5), m.use())
print(Math.clamp(-5), Math.clamp(5), Math.clamp(50, hi=20))
sm = Math.__dict__["add"]
print(type(sm).__name__, sm.__func__(10, 20), Math.add is sm.__func__)
print(callable(sm))
print(sm(1, 1))


class Sub(Math):
    @staticmethod
    def add(a, b):
        return "sub:" + str(a + b)


print(Sub.add(1, 1), Math().use())
try:
    Sub().use()
except TypeError as e:
    print("TypeError:", e)
validators = {"pos": staticmethod(lambda x: x > 0)}
V = type("V", (), validators)
print(V.pos(3), V().pos(-3))
try:
    Math.add(1)
except TypeError as e:
    print("TypeError:", e)
