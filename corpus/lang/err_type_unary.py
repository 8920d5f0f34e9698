# TypeError: unary minus on a string.
def negate(x):
    return -x


print(negate(5))
print(negate(-2.5))
print(negate(True))
print(negate("text"))
