# Matrices as nested lists.
def zeros(rows, cols):
    m = []
    for r in range(rows):
        m = m + [[0] * cols]
    return m


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def multiply(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    result = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def transpose(m):
    result = zeros(len(m[0]), len(m))
    for i in range(len(m)):
        for j in range(len(m[0])):
            result[j][i] = m[i][j]
    return result


def show(m):
    for row in m:
        line = ""
        for x in row:
            line = line + f"{x:6}"
        print(line)


def matrix_power(m, p):
    result = identity(len(m))
    while p > 0:
        if p % 2 == 1:
            result = multiply(result, m)
        m = multiply(m, m)
        p = p // 2
    return result


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(a)
print(transpose(a))
show(multiply(a, b))
show(multiply(b, a))
print(identity(3))
print(multiply(identity(2), [[5, 6], [7, 8]]))
fib_matrix = [[1, 1], [1, 0]]
print(matrix_power(fib_matrix, 10))
print(matrix_power(fib_matrix, 100)[0][1])
m = zeros(3, 3)
m[1][1] = 5
print(m)
rotation = [[0, -1], [1, 0]]
v = [[1], [0]]
for step in range(4):
    v = multiply(rotation, v)
    print("rotated", v)
halves = [[0.5, 0.5], [0.25, 0.75]]
print(matrix_power(halves, 8))
