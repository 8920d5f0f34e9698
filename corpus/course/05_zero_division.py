print("Before")
print(10 / 0)
print("After")
