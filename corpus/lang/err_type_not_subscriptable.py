# TypeError: indexing an int.
data = [[1, 2], [3, 4], 5]
for item in data:
    print("first element:", item[0])
print("not reached")
