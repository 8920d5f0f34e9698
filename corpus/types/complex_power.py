# ** : small integral exponents multiply out (c_powi), others use the polar form.
print((2 + 3j) ** 0, (2 + 3j) ** 1, (2 + 3j) ** 2, (2 + 3j) ** 3, (2 + 3j) ** -1, (2 + 3j) ** -2)
print((2 + 3j) ** 100, (2 + 3j) ** 101, (1 + 1j) ** 0.5, 2 ** 0.5j, 1j ** 1j, (1 + 1j) ** (1 - 1j))
print(0j ** 0, 0j ** 2, 0j ** 2.5, (-1) ** 0.5, (-8) ** (1 / 3), (-8.0) ** 0.5, (-2.0) ** 1.5)
print(complex("inf") ** 2, (1e300 + 1e300j) ** 2, 1j ** 4, 1j ** 101)
for expr in ["0j ** -1", "0j ** 1j", "0j ** (-2+0j)", "(1e200 + 1e200j) ** 1.5", "10j ** 400.5",
             "pow(1j, 2, 3)", "pow(2, 2, 1j)", "pow(2, 1j, 3)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
