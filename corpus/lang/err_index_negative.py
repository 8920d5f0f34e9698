# IndexError with a negative index.
items = ["a", "b"]
print(items[-1])
print(items[-2])
print(items[-3])
