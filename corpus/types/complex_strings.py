# complex(str): every accepted form and the malformed ones.
texts = ["1+2j", " ( 1+2j ) ", "1_0j", "j", "-J", "+j", "1+j", "1-j", "1e+5-2.5E-3J", "+inFinity",
         "-.5j", "5.j", "nan-infj", "(1j)", "1j ", "\u0661+\u0662j", "1_0_0", "\u00a01j\u2003", "-inf",
         "1e500j", "-1e-500j", "(-0-0j)", "0x1", "1e", "1..2", "(1", "", "1 + 2j", "()", "1+2j+3j",
         "1e5e5", "( 1j", "1__0", "_1", "1_", "jj", "1jj", "(1+2j", "1+2j)", "nanj"]
for t in texts:
    try:
        print(repr(t), "->", complex(t))
    except ValueError as e:
        print(repr(t), "->", type(e).__name__, e)
