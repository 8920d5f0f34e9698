# A doubly linked list with the full sequence protocol.
class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class _Walker:
    __slots__ = ("node", "forward")

    def __init__(self, node, forward):
        self.node = node
        self.forward = forward

    def __iter__(self):
        return self

    def __next__(self):
        node = self.node
        if node is None:
            raise StopIteration
        self.node = node.next if self.forward else node.prev
        return node.value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next = self.head
            self.head.prev = node
            self.head = node
        self.size += 1

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node

    def _unlink(self, node):
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1
        return node.value

    def __len__(self):
        return self.size

    def __iter__(self):
        return _Walker(self.head, True)

    def __reversed__(self):
        return _Walker(self.tail, False)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        self._unlink(self._node_at(index))

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        if len(self) != len(other):
            return False
        for a, b in zip(self, other):
            if not a == b:
                return False
        return True

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __iadd__(self, other):
        for x in other:
            self.append(x)
        return self

    def __bool__(self):
        return self.size > 0

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"

    def pop(self, index=-1):
        return self._unlink(self._node_at(index))

    def remove(self, value):
        node = self.head
        while node:
            if node.value == value:
                self._unlink(node)
                return
            node = node.next
        raise ValueError(f"{value!r} not in LinkedList")

    def reverse(self):
        node = self.head
        self.head, self.tail = self.tail, self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), bool(ll), bool(LinkedList()))
ll.append(9)
ll.appendleft(0)
print(ll, ll[0], ll[-1], ll[3], ll[1:4], ll[::-2])
ll[2] = "two"
del ll[0]
print(ll, 4 in ll, 7 in ll, list(reversed(ll)))
print(ll.pop(), ll.pop(0), ll)
ll.remove(1)
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
ll.reverse()
print(ll, ll == LinkedList([5, 4, "two"]), ll == [5, 4, "two"], ll != LinkedList())
both = ll + LinkedList("ab")
ll += [7, 8]
print(both, ll, len(both), len(ll))
print(sorted(LinkedList([5, 2, 8, 1])), sum(LinkedList(range(101))), max(LinkedList("hello")))
big = LinkedList(range(2000))
for i in range(0, 1000):
    big.pop(0 if i % 2 else -1)
print(len(big), big[0], big[-1], big[500])
a, b, *rest = LinkedList("xyzw")
print(a, b, rest, " ".join(LinkedList(["j", "o", "i", "n"])))
