# sum/min/max/sorted over mixed numbers, and fsum-like cases.
import math
print(sum([1, 2.5, 3j]), sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(10 ** 3)), sum([], 0.0))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(max([1, 2.0, True]), min([3, 2.0, 2]), sorted([1 + 0j.real, -1, 0.5]), max(2 ** 70, 1e21))
print(sum([1j, 2j], 1), sum([True, True, 1.5]))
try:
    max([1j, 2j])
except TypeError as e:
    print(e)
