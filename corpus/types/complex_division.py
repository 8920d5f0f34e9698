# Division: Smith's algorithm, signed zeros, and division by zero.
cases = [(1 + 1j, 1 - 1j), (1, 1j), (1j, 1e-300j), (1e300 + 1e300j, 1e-300 + 1e-300j), (-1 - 1j, 2j),
         (3, 4 + 0j), (0j, 1 + 1j), (1 + 2j, 1e308 + 1e308j), (5, 2), (-0.0 + 0j, 1j)]
for a, b in cases:
    print(a, "/", b, "=", complex(a) / b)
for a, b in [(1 + 1j, 0j), (1, 0j), (1.5, 0j), (0j, 0j), (1j, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(1j / complex("nan"), complex("inf") / 2)
