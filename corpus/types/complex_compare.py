# complex supports only == and != (exact against ints), never ordering.
print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1j, 1 + 0j == 1.0, 1 + 1j != 1, 2.5 + 0j == 2.5)
print(2 ** 53 + 1 == complex(2 ** 53 + 1), complex(2 ** 53) == 2 ** 53, 0j == False, 1 + 0j == True)
print(complex("nan") == complex("nan"), 1j == "1j", 1j != None, [1j, 2] == [1j, 2])
print((1+0j) in [1], 1 in [1 + 0j], {1: "a"}[1 + 0j], {1 + 0j, 1, 1.0})
for expr in ["1j < 1j", "1j < 1", "1 > 1j", "1j <= 2.0", "(1+2j) >= (1+2j)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(e)
print(complex.__eq__(1j, 1j), complex.__lt__(1j, 1j), complex.__eq__(1j, "x"))
