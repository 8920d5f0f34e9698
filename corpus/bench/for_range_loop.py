# Nested for-range loops: ~9 million iterations of int arithmetic.
def run(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i ^ j) & 15
    return total


print("for_range_loop(3000) =", run(3000))
