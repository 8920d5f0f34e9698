# Default identity hash and equality; objects in sets and dicts; id comparisons.
class Node:
    def __init__(self, name):
        self.name = name


a, b = Node("a"), Node("b")
print(hash(a) == hash(a), id(a) == id(a), id(a) != id(b))
seen = set()
for n in [a, b, a, a, b]:
    seen.add(n)
print(len(seen), a in seen, Node("a") in seen)
index = {a: 1, b: 2}
index[a] += 10
print(index[a], index[b], len(index))
print(sorted([n.name for n in seen]))
ids = [id(x) for x in (a, b, a)]
print(ids[0] == ids[2], ids[0] == ids[1])
lst = [a]
print(id(lst[0]) == id(a), lst[0] is a)
c = a
print(c is a, id(c) == id(a))
print(type(hash(a)).__name__)
