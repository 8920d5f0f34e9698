# Arithmetic with int, float and complex operands, both ways round.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + True, True * a, a * 0, 0.0 * a)
x = 1j
x += 1
x *= 2
x -= 0.5
x /= 4
print(x)
print((1e300 + 1e300j) * 2, (2 + 3j) * (2 - 3j))
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(float("inf"), float("nan"))))
print((1 + 2j).conjugate(), (-3j).conjugate(), (1 + 2j).__getnewargs__())
print(complex("inf") * 2, complex("inf") + 1)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
for op in ["//", "%", "<<", "&"]:
    try:
        print(eval("1j " + op + " 2"))
    except TypeError as e:
        print(e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
