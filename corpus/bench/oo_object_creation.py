# Creating many small objects: a class whose __init__ sets four attributes,
# a subclass whose __init__ calls super().__init__, and a class with a class
# attribute counter. Most objects die young; some are kept in a list.
class Point:
    def __init__(self, x, y, z, tag):
        self.x = x
        self.y = y
        self.z = z
        self.tag = tag

    def weight(self):
        return self.x + 2 * self.y + 3 * self.z


class ColoredPoint(Point):
    def __init__(self, x, y, z, tag, color):
        super().__init__(x, y, z, tag)
        self.color = color

    def weight(self):
        return super().weight() + self.color


class Node:
    created = 0

    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node
        Node.created += 1


def run(n):
    total = 0
    kept = []
    head = None
    for i in range(n):
        p = Point(i, i + 1, i & 7, "p")
        c = ColoredPoint(i & 15, i & 31, 1, "c", i % 5)
        total += p.weight() + c.weight()
        if i % 97 == 0:
            kept.append(c)
        if i % 3 == 0:
            head = Node(i, head)
        if i % 1000 == 999:
            head = None
        total %= 1000000007
    s = 0
    for c in kept:
        s += c.weight() * c.color
    return total, len(kept), s, Node.created


print("oo_object_creation =", run(550000))
