# Views: set operations with any iterable, isdisjoint, mapping, reversed, repr, contains.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(sorted(k & {"a", "z"}), sorted(k | ["z"]), sorted(k - "ab"), sorted(k ^ ("a", "q")), sorted({"a", "q"} ^ k))
print(sorted(['b', 'x'] & k), sorted('xa' | k), sorted(['a', 'x'] - k))
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i - {("a", 1)}), sorted(i | [('z', 0)]), sorted(i ^ [('a', 1), ('q', 1)]))
print(k.isdisjoint(['x']), k.isdisjoint('a'), i.isdisjoint([('a', 1)]), k.isdisjoint(iter([])))
print(k.mapping, type(k.mapping).__name__, v.mapping, i.mapping['a'])
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print('a' in k, 'z' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], i == {('a', 1), ('b', 2), ('c', 3)}, k < {'a', 'b', 'c', 'd'}, k > {'a'})
print(v == v, len(k), len(v), len(i))
try:
    k & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.isdisjoint(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ([1], 2) in i
except TypeError as e:
    print(type(e).__name__, e)
d['d'] = 4
print(k, len(i))
e = {}
print(e.keys(), e.values(), e.items(), e.keys() & set())
r = {}
r['self'] = r
print(r, r.items(), r.values())
