x = 5
y = "positive" if x > 0 else "not positive"
print(y)
x = -3
y = "positive" if x > 0 else "not positive"
print(y)
