# TypeError: int + str.
count = 3
label = " apples"
print(str(count) + label)
print(count * label)
print(count + label)
print("not reached")
