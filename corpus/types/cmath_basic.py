# cmath functions on ordinary arguments.
import cmath
zs = [1 + 1j, -2 + 0.5j, 0.5 - 3j, 3, -1, 1j, -0.25]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in zs])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1 + 1j), cmath.polar(-2))
print(cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2), cmath.rect(-1, 0.5), cmath.rect(0, -0.5))
print(cmath.log(8, 2), cmath.log(-1, -1), cmath.log(1j, 1 + 1j), cmath.log(100, 10))
print(cmath.sqrt(-1), cmath.sqrt(-4 - 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(1e400))
