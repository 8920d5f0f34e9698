# float() of strings: signs, inf/nan spellings, underscores, whitespace, Unicode digits.
texts = ["1.5", "  -2.5e3  ", "1_000.5", "1_0e1_0", " \u0663.5 ", "\u00a01.5\u2000", "-iNF", "infinity", "+nan",
         "-NaN", "1e500", "-1e-500", ".5", "5.", "1.e1", "0001.25", "\t\n 7 \r", "1E5", "-0", "+.5e-3"]
for t in texts:
    print(repr(t), float(t))
for t in ["1__0", "_1", "1_", "1_.5", "1._5", "", " ", "0x10", ".e1", "e1", "1e", "inf inity", "nan1", "1.5j",
          "--1", "1,5", "\u0661\u0662a", "infin"]:
    try:
        print(float(t))
    except ValueError as e:
        print(e)
print(float(), float(2), float(True), float(-2 ** 60), float(" 12 "))
for bad in [None, [], 1j, "x"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
