# A binary search tree map with dunder methods, in-order iteration, deletion, and height.
class _Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class _InOrder:
    __slots__ = ("stack",)

    def __init__(self, root):
        self.stack = []
        self._push_left(root)

    def _push_left(self, node):
        while node:
            self.stack.append(node)
            node = node.left

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_left(node.right)
        return node.key


class TreeMap:
    def __init__(self, pairs=None):
        self.root = None
        self.count = 0
        if pairs:
            for k, v in pairs:
                self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = _Node(key, value)
            self.count = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key, value))
                self.count += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def get(self, key, default=None):
        node = self._find(key)
        return default if node is None else node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.count

    def __iter__(self):
        return _InOrder(self.root)

    def items(self):
        return [(k, self[k]) for k in self]

    def __delitem__(self, key):
        self.root = self._delete(self.root, key)
        self.count -= 1

    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key, node.value = succ.key, succ.value
            node.right = self._delete(node.right, succ.key)
        return node

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]

    def __repr__(self):
        return "TreeMap({" + ", ".join([f"{k!r}: {v!r}" for k, v in self.items()]) + "})"

    def __eq__(self, other):
        return isinstance(other, TreeMap) and self.items() == other.items()

    def __bool__(self):
        return self.root is not None


t = TreeMap()
for word in "the quick brown fox jumps over the lazy dog again and again".split():
    t[word] = t.get(word, 0) + 1
print(t)
print(len(t), t.height(), "fox" in t, "cat" in t, t["again"])
print(list(t), t.range("d", "p"))
del t["the"]
del t["again"]
print(list(t), len(t))
try:
    del t["missing"]
except KeyError as e:
    print("KeyError:", e)
t2 = TreeMap([(k, v) for k, v in t.items()])
print(t == t2, t == TreeMap(), bool(TreeMap()), bool(t))
nums = TreeMap()
seq = [(i * 37) % 101 for i in range(101)]
for n in seq:
    nums[n] = n * n
print(len(nums), nums.height(), list(nums)[:10], nums[50])
for n in range(0, 101, 3):
    del nums[n]
print(len(nums), list(nums)[:10], sum(nums), nums.height())


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __lt__(self, other):
        return self.deg < other.deg

    def __gt__(self, other):
        return self.deg > other.deg

    def __eq__(self, other):
        return self.deg == other.deg

    def __hash__(self):
        return hash(self.deg)

    def __repr__(self):
        return f"{self.deg}°"


temps = TreeMap([(Temp(d), name) for d, name in [(20, "mild"), (-5, "cold"), (35, "hot"), (20, "nice")]])
print(temps, len(temps), temps[Temp(20)])
