# Round trips and identities (printed, so any last-bit difference shows).
import cmath
for z in [0.5 + 0.25j, -1.5 + 2j, 3 - 0.1j, 1e-8 + 1e-8j, 1e10 - 1e10j, 0.7 + 0.7j]:
    print(z, cmath.exp(cmath.log(z)), cmath.sin(cmath.asin(z)), cmath.tanh(cmath.atanh(z)))
    r, phi = cmath.polar(z)
    print(" ", r, phi, cmath.rect(r, phi), cmath.cos(z) ** 2 + cmath.sin(z) ** 2)
print(cmath.acos(2), cmath.asin(2), cmath.acosh(0.5), cmath.atanh(2), cmath.asinh(1e300), cmath.acos(1e300))
print(cmath.log(1e-320), cmath.log(1e308 + 1e308j), cmath.sqrt(1e-320 + 1e-320j), cmath.atanh(1 + 1e-170j))
