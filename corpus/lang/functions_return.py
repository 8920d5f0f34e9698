# return with and without values, multiple return values.
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def stats(values):
    total = 0
    for v in values:
        total += v
    count = len(values)
    return total, count, total / count


def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None


def log(message):
    print("LOG:", message)
    return


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n < 10:
        return "small"
    return "large"


data = [4, -2, 17, 9, -8, 3]
print(min_max(data))
lo, hi = min_max(data)
print("lo", lo, "hi", hi)
print(stats(data))
total, count, mean = stats([1, 2, 3, 4])
print(total, count, mean)
print(first_negative(data))
print(first_negative([1, 2, 3]))
print(log("hello"))
for n in [-3, 0, 7, 42]:
    print(n, classify(n))


def square(x):
    return x * x


def compose_twice(x):
    return square(square(x))


print(compose_twice(3))
print(square(square(square(2))))
print(square(2 ** 40))


def nested_result():
    return [1, (2, 3)], {"k": (4,)}


print(nested_result())
a, b = nested_result()
print(a[1][0], b["k"][0])


def swap(x, y):
    return y, x


print(swap("left", "right"))
f = square
print(f(12))
print(type(square(2.5)))
