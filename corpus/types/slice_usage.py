# Slice objects used with lists, tuples, strings and ranges, including extreme bounds.
s = slice(1, None, 2)
data = list(range(10))
print(data[s], tuple(data)[s], 'abcdefghij'[s], range(10)[s])
for sl in [slice(None, None, -2), slice(-3, None), slice(None, -7, -1), slice(2**64), slice(-2**64, 2), slice(5, 2)]:
    print(sl, data[sl], 'abcdefghij'[sl], range(10)[sl])
data[slice(0, 2)] = ['x', 'y', 'z']
print(data)
del data[slice(None, None, 3)]
print(data)
print(slice(None) == slice(None, None, None), slice(1, 2).__eq__(slice(1, 2)), slice(0, 1) == (0, 1))
print([slice(2, 3) < slice(2, 4), slice(1) > slice(0)], sorted([slice(3), slice(1), slice(2)], key=lambda x: x.stop))
print(slice(1, 2, 3).indices(10), slice(None, None, -3).indices(0), slice(None, 5).indices(3))
