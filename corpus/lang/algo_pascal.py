# Pascal's triangle and binomial coefficients.
def next_row(row):
    result = [1]
    for i in range(len(row) - 1):
        result = result + [row[i] + row[i + 1]]
    return result + [1]


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(1, k + 1):
        result = result * (n - i + 1) // i
    return result


row = [1]
for n in range(12):
    text = ""
    for x in row:
        text = text + f"{x:5}"
    print(f"{text:^66}")
    row = next_row(row)
print(row)
total = 0
for x in row:
    total += x
print("sum of row 12:", total, "=", 2 ** 12)
print(binomial(10, 3), binomial(52, 5), binomial(100, 50))
print(binomial(5, 7), binomial(5, -1))
print(binomial(200, 100))
row = [1]
for n in range(60):
    row = next_row(row)
print(row[30] == binomial(60, 30), row[30])
