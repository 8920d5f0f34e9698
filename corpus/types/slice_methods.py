# slice attributes, indices(), repr, comparisons, hashability (unhashable in 3.11).
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(5).start, slice(None, 3).stop, slice(1, 2).step)
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(100, -100, -1).indices(5), slice(2, 8, 3).indices(0))
for bad in [(-1,), ('a',), (1.5,)]:
    try:
        s.indices(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) <= slice(2))
print(slice(1, 2, 3) > slice(1, 2, 2), slice('a') == slice('a'), slice(1) == (None, 1, None))
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1) < slice('a')
except TypeError as e:
    print(type(e).__name__, e)
print(repr(slice('a', [1], None)), slice(1, 2, 3).__reduce__())
for bad in [(), (1, 2, 3, 4)]:
    try:
        slice(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    slice(1).start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][slice(Idx(), None)], slice(Idx()).indices(10), 'abcdef'[Idx():Idx()])
print(slice(2**70).indices(10), slice(-2**70, None).indices(5))
