# Method calls in a tight loop: several methods on one object, some taking
# arguments, some returning attributes of self, one calling another method.
class Counter:
    def __init__(self, start, step):
        self.value = start
        self.step = step
        self.calls = 0

    def get(self):
        return self.value

    def get_step(self):
        return self.step

    def bump(self):
        self.calls += 1
        self.value = (self.value + self.step) % 1000003

    def add(self, x):
        self.value = (self.value + x) % 1000003
        return self.value

    def scaled(self, factor, offset=1):
        return (self.value * factor + offset) % 65536

    def combine(self, other):
        return self.get() ^ other.get()

    def twice(self, x):
        return self.add(x) + self.add(x)


def run(n):
    a = Counter(1, 3)
    b = Counter(7, 11)
    total = 0
    for i in range(n):
        a.bump()
        b.add(i & 255)
        total += a.get() + b.get_step()
        total += a.scaled(3) - b.scaled(5, offset=2)
        total ^= a.combine(b)
        if i & 7 == 0:
            total += b.twice(i & 15)
        total %= 1000000007
    return total, a.calls, a.get(), b.get()


print("oo_method_call =", run(1100000))
