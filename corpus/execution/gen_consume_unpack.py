# Unpacking, joins, membership tests, and list.extend with generators.
def gen(n):
    for i in range(n):
        yield i * 3

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
x, y, *middle, z = gen(6)
print(x, y, middle, z)
(p, q), r = (v for v in [(1, 2), 3])
print(p, q, r)

try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = gen(1)
except ValueError as e:
    print("ValueError:", e)

# Star-unpacking in calls and displays.
print(*gen(4))
print(*gen(2), *gen(3), sep=",")
print([*gen(3), "end"], (*gen(2),), {*gen(2)} == {0, 3})
print(max(*gen(4)))

# str.join
print("-".join(str(v) for v in gen(5)))
print("".join(c.upper() for c in "shout" if c != "o"))
print(", ".join(w for w in ["a", "b"]))
try:
    "".join(v for v in gen(2))
except TypeError as e:
    print("TypeError:", e)

# `in` consumes the generator up to the match.
g = gen(10)
print(9 in g, next(g))
print(9 in g)
print(100 in gen(10), 27 in gen(10), "x" not in gen(3))

# list.extend, list +=, set.update, dict.update
items = [0]
items.extend(gen(3))
items += (v + 1 for v in gen(2))
print(items)
s = set()
s.update(gen(4))
print(sorted(s))
d = {}
d.update((str(v), v) for v in gen(3))
print(d)

# Slice assignment from a generator.
lst = list(range(6))
lst[1:4] = (c for c in "xy")
print(lst)

# Augmented unpack in for targets.
for i, (v, w) in enumerate((n, n * n) for n in gen(3)):
    print(i, v, w)
