# Reference cycles between instances: build many, drop them, keep going.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None


def make_ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
        b.prev = a
    return nodes[0]


total = 0
for round_no in range(200):
    head = make_ring(50)
    node = head
    for _ in range(25):
        node = node.next
    total += node.value + node.prev.value
    head = None
    node = None
print("total", total)


class Parent:
    def __init__(self):
        self.children = []

    def add(self):
        c = Child(self)
        self.children.append(c)
        return c


class Child:
    def __init__(self, parent):
        self.parent = parent


count = 0
for _ in range(300):
    p = Parent()
    for _ in range(10):
        p.add()
    count += len(p.children[3].parent.children)
print("count", count)


class SelfRef:
    def __init__(self):
        self.me = self
        self.data = list(range(20))


s = 0
for i in range(1000):
    obj = SelfRef()
    s += obj.me.me.data[i % 20]
print("selfref sum", s)
