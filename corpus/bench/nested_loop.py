# A nested integer loop: ~9 million iterations of simple int arithmetic.
def run(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < n:
            total = (total + i * j + 7) % 1000003
            j += 1
        i += 1
    return total


print("nested_loop(3000) =", run(3000))
