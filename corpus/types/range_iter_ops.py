# range iteration, reversed, len, in, negative steps, empty ranges.
for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3), range(3, -3, -1)]:
    print(r, list(r), len(r), list(reversed(r)), bool(r), 2 in r, -2 in r)
r = range(0, 100, 7)
print(r[3], r[-1], r[-len(r)], r.index(14), r.count(14), 15 in r, 98 in r)
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(range(1, 10, 4))
print(type(it).__name__, it.__length_hint__(), list(it))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), list(enumerate(range(2))))
print(range(3) == range(0, 3), range(3) != range(3, 6), range(0, 5, 2) == range(0, 6, 2), hash(range(5)) == hash(range(0, 5, 1)))
