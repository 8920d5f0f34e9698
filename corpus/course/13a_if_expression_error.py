x = 5
y = if x > 0:
    "positive"
print(y)
