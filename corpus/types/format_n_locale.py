# The 'n' type in the C locale: like 'd' for ints and 'g' for floats, no separators.
for v in [0, 7, -1234567, 10**20]:
    print(format(v, "n"), format(v, "10n"), format(v, "010n"), format(v, "<10n") + "|", format(v, "+n"))
for v in [0.0, 1.5, 1234567.0, 1e-7, 123456789.0, float("nan"), float("-inf")]:
    print(format(v, "n"), format(v, ".3n"), format(v, "012n"), format(v, "#n"), format(v, "+.10n"))
for spec in [",n", "_n", ".2n", "#n"]:
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
