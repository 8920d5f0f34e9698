# Classes defined inside functions close over variables; each call makes a new class.
def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.value = start

        def inc(self):
            self.value += 1
            return self.value
    return Counter


C1 = make_counter_class(10)
C2 = make_counter_class(100)
print(C1 is C2, C1.__name__ == C2.__name__)
a, b = C1(), C2()
print(a.inc(), a.inc(), b.inc())
print(isinstance(a, C1), isinstance(a, C2))


class Tree:
    class Node:
        def __init__(self, v):
            self.v = v
            self.kids = []

    def __init__(self):
        self.root = Tree.Node(0)

    def add(self, v):
        n = self.Node(v)
        self.root.kids.append(n)
        return n


t = Tree()
t.add(1)
t.add(2).kids.append(Tree.Node(3))
print([k.v for k in t.root.kids], t.root.kids[1].kids[0].v)
print(type(t.root).__qualname__)


def outer():
    count = 0

    class Inc:
        def bump(self):
            nonlocal count
            count += 1
            return count
    i = Inc()
    i.bump()
    i.bump()
    return count, Inc().bump()


print(outer())
classes = [make_counter_class(i) for i in range(3)]
print([C().inc() for C in classes])
