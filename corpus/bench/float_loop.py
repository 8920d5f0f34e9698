# Float arithmetic in loops: midpoint-rule integral of 4/(1+x*x) and the Leibniz
# series, both approximating pi.
def integrate(steps):
    h = 1.0 / steps
    total = 0.0
    x = 0.5 * h
    i = 0
    while i < steps:
        total += (4.0 / (1.0 + x * x)) * h
        x += h
        i += 1
    return total


def leibniz(terms):
    total = 0.0
    sign = 1.0
    d = 1.0
    for k in range(terms):
        total += sign / d
        sign = -sign
        d += 2.0
    return total * 4.0


print(f"integrate = {integrate(2000000):.12f}")
print(f"leibniz = {leibniz(2000000):.12f}")
