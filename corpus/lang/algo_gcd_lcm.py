# Euclid's algorithm, least common multiple, coprime table.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (9, 0), (270, 192), (2 ** 64, 2 ** 40 * 3)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}")
for a, b in [(4, 6), (21, 6), (13, 17), (8, 12)]:
    print(f"lcm({a}, {b}) = {lcm(a, b)}")
result = 1
for k in range(1, 31):
    result = lcm(result, k)
print("lcm(1..30) =", result)
print("coprime table:")
for i in range(1, 11):
    line = ""
    for j in range(1, 11):
        if gcd(i, j) == 1:
            line = line + "*"
        else:
            line = line + "."
    print(f"{i:2} {line}")


def reduce_fraction(num, den):
    g = gcd(num, den)
    return num // g, den // g


print(reduce_fraction(84, 36))
print(reduce_fraction(1000, 250))
print(reduce_fraction(17, 51))
