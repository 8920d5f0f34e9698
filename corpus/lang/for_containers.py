# for loops over lists, tuples, strings and nested lists.
fruits = ["apple", "banana", "cherry"]
for f in fruits:
    print(f, len(f))
for n in (1, 1, 2, 3, 5, 8):
    print(n, end=" ")
print()
for ch in "hello":
    print(ch, end="-")
print()
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    total = 0
    for x in row:
        total += x
    print(row, total)
for row in matrix:
    for x in row:
        if x % 2 == 0:
            continue
        print("odd", x)
for item in [1, "two", 3.0, None, True, [4], (5,), {"six": 6}]:
    print(type(item), repr(item))
count = 0
for word in ["a", "bb", "ccc"]:
    for ch in word:
        count += 1
print("characters:", count)
for x in []:
    print("never")
for x in ():
    print("never")
for x in "":
    print("never")
for name, score in [("ann", 90), ("bob", 72), ("cy", 85)]:
    print(f"{name:>5}: {score}")
best = None
best_score = -1
for name, score in (("ann", 90), ("bob", 72), ("cy", 95)):
    if score > best_score:
        best = name
        best_score = score
print("best", best, best_score)
squares = []
for i in range(6):
    squares = squares + [i * i]
print(squares)
lst = [1, 2, 3]
for x in lst:
    lst[0] = 99
    print(x)
print(lst)
