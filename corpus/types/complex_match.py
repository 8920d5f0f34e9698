# Complex literals in match statements, and matching complex values by class.
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -3 - 4j:
            return "minus three minus four j"
        case 2j:
            return "two j"
        case complex(real=r, imag=0.0):
            return "real-valued complex " + repr(r)
        case complex():
            return "other complex " + repr(v)
        case _:
            return "other " + repr(v)
for v in [0, 0j, 1 + 2j, complex(1, 2), -3 - 4j, 2j, 5 + 0j, 7j, "x", 1.0 + 2.0j]:
    print(repr(v), "->", classify(v))
