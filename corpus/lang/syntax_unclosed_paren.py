x = 1
print("never printed")
total = (x + 2
print(total)
