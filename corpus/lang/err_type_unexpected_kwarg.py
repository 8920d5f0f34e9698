# TypeError: unknown keyword argument.
def box(width, height=1):
    return "#" * width + " x" + str(height)


print(box(3))
print(box(3, height=2))
print(box(width=2, depth=4))
