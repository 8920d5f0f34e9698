# IndexError: reading past the end of a list.
items = [10, 20, 30]
i = 0
while True:
    print("item", i, "=", items[i])
    i += 1
