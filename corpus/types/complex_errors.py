# Error messages of complex operations.
def attempt(src):
    try:
        print(src, "=", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
for src in ["1j + 'a'", "'a' * 1j", "[1] * 1j", "1j + None", "int(1j)", "float(1j)", "round(1j)",
            "abs(complex(1e308, 1e308))", "1j.real.imag", "complex(1e400)", "1j ** 'x'", "~1j",
            "(1+1j) // 1", "1j % 1j", "complex(2**2000)", "1j * 2**2000", "hash(complex(1e400, 1))"]:
    attempt(src)
