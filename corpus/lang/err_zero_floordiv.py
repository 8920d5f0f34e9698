# ZeroDivisionError from floor division.
def split(total, parts):
    return total // parts


for parts in [4, 3, 2, 1, 0, -1]:
    print(parts, split(100, parts))
print("not reached")
