# cmath's constants and the predicates.
import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, cmath.e == math.e, type(cmath.infj).__name__, type(cmath.inf).__name__)
for z in [1, 1j, cmath.infj, complex(1, float("nan")), cmath.inf, -cmath.inf, complex(0, -1e308)]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.isclose(cmath.inf, 1e308), cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(a=1, b=1))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
