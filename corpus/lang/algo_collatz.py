# Collatz sequences: lengths, peaks and the longest chain below a bound.
def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n):
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
    return peak


def show_sequence(n):
    line = str(n)
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        line = line + " -> " + str(n)
    print(line)


show_sequence(6)
show_sequence(7)
show_sequence(1)
for n in range(1, 21):
    print(f"{n:3} length {collatz_length(n):4} peak {collatz_peak(n):6}")
best = 1
best_len = 0
for n in range(1, 3000):
    length = collatz_length(n)
    if length > best_len:
        best = n
        best_len = length
print("longest below 3000:", best, best_len)
print(collatz_length(2 ** 100 + 1))
print(collatz_peak(27))
