# A loop calling small functions millions of times.
def add(a, b):
    return a + b


def scale(x, factor=3):
    return x * factor % 1000


def run(n):
    total = 0
    for i in range(n):
        total = add(total, scale(i)) % 1000000007
    return total


print("call_loop =", run(3000000))
