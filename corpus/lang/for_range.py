# for loops over ranges with one, two and three arguments.
for i in range(5):
    print("a", i)
for i in range(2, 6):
    print("b", i)
for i in range(0, 20, 5):
    print("c", i)
for i in range(10, 0, -3):
    print("d", i)
for i in range(5, -6, -2):
    print("e", i)
for i in range(0):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(5, 1):
    print("never")
for i in range(1, 5, -1):
    print("never")
for i in range(-3, 3):
    print("f", i, i * i)
print(len(range(10)), len(range(3, 30, 4)), len(range(10, 0, -1)), len(range(0)))
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100:", total)
product = 1
for i in range(1, 26):
    product *= i
print("25! =", product)
for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
i = 100
for i in range(3):
    pass
print("after loop i =", i)
n = 4
for i in range(n):
    n = 10
    print("iteration", i)
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i)
for i in range(-2, -10, -4):
    print("g", i)
