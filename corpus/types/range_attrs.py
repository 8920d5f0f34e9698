# range attributes, count/index, reversed, bool, equality and hash.
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(1, 5).stop)
print(r.count(5), r.count(6), r.count(5.0), r.index(8), len(r), bool(r), bool(range(0)), bool(range(5, 1)))
for args in [(6,), (5.5,), ('a',), (20,)]:
    try:
        print(r.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    range(10).index(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, 0, -3))), list(r.__reversed__()))
print(range(0) == range(5, 1), range(0, 3, 5) == range(0, 1), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), hash(range(3)) == hash((3, 0, 1)))
print(5 in r, 6 in r, 5.0 in r, 5.5 in r, 'a' in r, True in range(2), None in r)
class Eq:
    def __eq__(self, o):
        return o == 8
print(Eq() in r, r.count(Eq()), r.index(Eq()))
print(range(3) < range(4) if False else '', range(-5, 5, 2)[-1], range(10)[-3])
for bad in [(1.5,), (1, 2, 0), ('a',), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
