# Uncaught RecursionError from a recursive tree walk with a cycle.
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def size(self):
        total = 1
        for child in self.children:
            total += child.size()
        return total


root = Node("root")
a = Node("a")
b = Node("b")
root.children = [a, b]
print("size before the cycle:", root.size())
b.children.append(root)
print("cycle added; computing size again")
print(root.size())
