# IndexError from item assignment.
def fill(lst, n):
    for i in range(n):
        lst[i] = i * i
        print("set", i)


data = [0] * 3
fill(data, 3)
print(data)
fill(data, 5)
print("not reached")
