# Arguments cmath converts: __complex__, __float__, __index__, ints, bools, subclasses.
import cmath
class HasComplex:
    def __complex__(self): return 1j
class HasFloat:
    def __float__(self): return 4.0
class HasIndex:
    def __index__(self): return 9
class C(complex): pass
class F(float): pass
for arg in [HasComplex(), HasFloat(), HasIndex(), C(0, 4), F(16.0), True, 2 ** 70, -4]:
    print(type(arg).__name__, cmath.sqrt(arg), cmath.phase(arg), cmath.isfinite(arg))
print(cmath.rect(HasFloat(), HasIndex()), cmath.log(HasComplex(), HasFloat()))
class Bad:
    def __complex__(self): return 2
try:
    cmath.sqrt(Bad())
except TypeError as e:
    print(e)
