# TypeError: too many positional arguments.
def square(x):
    return x * x


print(square(4))
print(square(x=5))
print(square(4, 5))
