# slice with non-int bounds, __index__, and the errors when used as an index.
class I:
    def __index__(self):
        return 1
s = slice(I(), I())
print(s.start.__class__.__name__, [1, 2, 3][s], [1, 2, 3][slice(I(), None)])
for bad in [slice('a'), slice(1.5), slice(None, None, 'x')]:
    try:
        [1, 2][bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'ab'[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices('a')
except TypeError as e:
    print(type(e).__name__, e)
print(repr(slice(None)), str(slice(1, 'x')), slice(1, 2, 3) == slice(1, 2, 3), slice([1]) == slice([1]))
try:
    {slice(1): 2}
except TypeError as e:
    print(type(e).__name__, e)
