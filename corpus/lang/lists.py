# Lists: literals, indexing, item assignment, nesting.
empty = []
print(empty, len(empty))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(nums)
print(len(nums), nums[0], nums[-1], nums[3], nums[-3])
nums[0] = 30
nums[-1] = 60
print(nums)
mixed = [1, "two", 3.0, None, True, [5, 6], (7,), {"8": 8}]
print(mixed)
print(mixed[5][1], mixed[6][0], mixed[7]["8"])
print(len(mixed))
combined = [1, 2] + [3, 4]
print(combined)
print([0] * 5)
print([1, 2] * 3)
print(2 * ["ab"])
print([] * 10)
print([1, 2, 3] == [1, 2, 3])
print([1, 2, 3] != [1, 2, 4])
print([[]] == [[]])
nested = [[1, 2], [3, 4]]
nested[0][1] = 20
print(nested)
row = [0, 0]
grid = [row, row]
grid[0][0] = 5
print(grid)
a = [1, 2, 3]
b = a
b[0] = 100
print(a, b)
c = a + []
c[1] = 200
print(a, c)
print([[1, [2, [3, [4, []]]]]])
print(repr([1, "a"]), str([1, "a"]))
print([0.1, 1e20, -0.0, 1 / 3])
counts = [0] * 10
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]:
    counts[n] += 1
print(counts)
i = 0
while i < len(counts):
    if counts[i] > 1:
        print(i, "appears", counts[i], "times")
    i += 1
rev = []
for x in [1, 2, 3, 4, 5]:
    rev = [x] + rev
print(rev)
print(type([]))
