# %, // and divmod of floats: signs follow the divisor, CPython's exact algorithm.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (-0.0, 1), (0.0, -1), (1, 0.1), (1e300, 1e-300),
         (5, float("inf")), (-5, float("inf")), (float("inf"), 5), (3, 0.7), (-3, 0.7), (2 ** 60, 3.5)]
for a, b in pairs:
    print(a, b, a % b, a // b, divmod(a, b))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__divmod__("a"), (7.5).__rdivmod__(2.5))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ["%", "//", "divmod"]:
        try:
            print(eval("divmod(a, b)" if op == "divmod" else "a " + op + " b"))
        except ZeroDivisionError as e:
            print(op, e)
