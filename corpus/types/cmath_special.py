# cmath's special values (C99 Annex G) for infinite and NaN arguments.
import cmath
inf, nan = float("inf"), float("nan")
args = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(nan, 0),
        complex(0, nan), complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(inf, 2.3),
        complex(-2.3, inf), complex(nan, nan)]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for z in args:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
