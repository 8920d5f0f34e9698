# Bubble sort, selection sort and insertion sort with item assignment.
def bubble_sort(items):
    n = len(items)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps


def selection_sort(items):
    n = len(items)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if items[j] < items[smallest]:
                smallest = j
        tmp = items[i]
        items[i] = items[smallest]
        items[smallest] = tmp


def insertion_sort(items):
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key


def copy(items):
    result = []
    for x in items:
        result = result + [x]
    return result


data = [64, 34, 25, 12, 22, 11, 90, 5, -3, 0, 77, 25]
a = copy(data)
print("swaps:", bubble_sort(a))
print(a)
b = copy(data)
selection_sort(b)
print(b)
c = copy(data)
insertion_sort(c)
print(c)
print(a == b, b == c)
print("original:", data)
words = ["pear", "apple", "fig", "banana", "cherry", "Apple"]
bubble_sort(words)
print(words)
floats = [3.5, -1.25, 2.0, 1e-3, -1e3]
insertion_sort(floats)
print(floats)
seed = 12345
rand = []
for i in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rand = rand + [seed % 1000]
print(rand)
print("swaps:", bubble_sort(rand))
print(rand)
print(bubble_sort(rand))
print(bubble_sort([]))
