# TypeError: calling something that is not a function.
total = 10
print(total)
result = total(5)
print(result)
