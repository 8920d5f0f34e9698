# Iteration order of int sets follows CPython's table layout.
print({5, 3, 9, 1, 100, 33, 8}, set(range(10, 0, -1)), set([-1, -2, 0, 64, 128, 7]))
s = set()
for i in [40, 8, 16, 24, 32, 0]:
    s.add(i)
print(s)
for i in [8, 24]:
    s.discard(i)
s.add(48)
print(s, sorted(s))
print(frozenset([2**40, 2**33, 1, 3]), {1.0, 2, 3.5}, {True, 2, False})
print(list({10, 20, 30} | {5}), list({1, 2, 3} & {3, 2}), list({1, 2, 3} - {2}), list({1, 2} ^ {2, 9}))
