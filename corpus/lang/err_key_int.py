# KeyError with an integer key, raised inside a function.
def lookup(table, key):
    return table[key]


squares = {1: 1, 2: 4, 3: 9}
print(lookup(squares, 2))
print(lookup(squares, 4))
