# Tuple packing and unpacking.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), k = (1, 2), 3
print(m, n, k)
first, (second, third), fourth = 1, [2, 3], 4
print(first, second, third, fourth)
[u, v] = 5, 6
print(u, v)
pair = 7, 8
print(pair)
left, right = pair
print(left + right)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d["a"], d["b"] = "A", "B"
print(d)


def divmod_like(a, b):
    return a // b, a % b


q, r = divmod_like(17, 5)
print(q, r)
print(divmod_like(-17, 5))
result = divmod_like(100, 7)
print(result, result[0], result[1])
points = [(1, 2), (3, 4), (-5, 6)]
for px, py in points:
    print("point", px, py, "sum", px + py)
pairs = [[1, [2, 3]], [4, [5, 6]]]
for a, (b, c) in pairs:
    print(a * b * c)
fa, fb = 0, 1
for i in range(15):
    fa, fb = fb, fa + fb
print(fa, fb)
x = y = 0
x, y = y + 1, x + 2
print(x, y)
single = 5,
print(single)
(only,) = single
print(only)
empty = ()
print(empty, len(empty))
