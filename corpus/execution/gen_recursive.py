# Recursive generators with yield from: trees, permutations, subsets.
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, [3, [4, []]], 5], (6, (7,)), "s"])))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest

for p in permutations("abc"):
    print("".join(p))
print(sum(1 for _ in permutations(list(range(5)))))

def subsets(items):
    if not items:
        yield ()
        return
    for rest in subsets(items[1:]):
        yield rest
        yield (items[0],) + rest

print(sorted(subsets((1, 2, 3)), key=lambda s: (len(s), s)))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail

print(list(combinations("abcd", 2)))
print(list(combinations([1, 2, 3], 3)), list(combinations([1, 2], 3)))

# Tree walks with depth information.
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])

def walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)

for depth, name in walk(tree):
    print("  " * depth + name)

# Counting leaves with a recursive generator that returns a value.
def count_leaves(node):
    name, children = node
    if not children:
        yield name
        return 1
    total = 0
    for child in children:
        total += yield from count_leaves(child)
    return total

g = count_leaves(tree)
leaves = []
try:
    while True:
        leaves.append(next(g))
except StopIteration as e:
    print(leaves, "count", e.value)
