# Binary search over a sorted list.
def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(items, target):
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


evens = []
for i in range(0, 200, 2):
    evens = evens + [i]
for target in [0, 2, 50, 51, 198, 199, -4, 100]:
    index, steps = binary_search(evens, target)
    print(f"search {target:4}: index {index:3} after {steps} steps")
for target in [-1, 0, 1, 99, 100, 250]:
    print("lower_bound", target, lower_bound(evens, target))
names = ["ada", "bob", "cy", "dan", "eve", "fay", "gus"]
for name in ["cy", "eve", "zed", "aaa", "gus"]:
    print(name, binary_search(names, name))


def isqrt(n):
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


for n in [0, 1, 15, 16, 17, 1000000, 2 ** 100, 10 ** 40 + 12345]:
    print("isqrt", n, isqrt(n))
