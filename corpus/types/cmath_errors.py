# cmath's errors: domain and range errors, argument errors.
import cmath
def attempt(src):
    try:
        print(src, "=", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
for src in ["cmath.log(0)", "cmath.log10(0j)", "cmath.log(2, 1)", "cmath.log(1j, 0)", "cmath.atan(1j)",
            "cmath.atan(-1j)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.exp(1000)", "cmath.cosh(1000)",
            "cmath.sinh(-1000)", "cmath.exp(complex(1, float('inf')))", "cmath.sin(float('inf'))",
            "cmath.polar(1e308+1e308j)", "cmath.rect(1, float('inf'))", "cmath.rect(0, float('inf'))",
            "cmath.sqrt('a')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log()", "cmath.log(1, 2, 3)",
            "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1)", "cmath.rect(1, 'a')", "cmath.rect(1j, 1)",
            "cmath.phase(None)", "cmath.exp(x=1)", "cmath.isnan([])"]:
    attempt(src)
