# Formatting numbers and strings: f-strings with format specs, str.format and
# %-formatting, the way reports and logs are produced.
def run(n):
    total = 0
    names = ["alpha", "beta", "gamma", "delta"]
    for i in range(n):
        x = i * 1.25
        name = names[i & 3]
        a = f"{name:>8}|{i:6d}|{x:10.3f}|{i:#x}|{x:e}"
        b = "{0}-{1:05d}-{2:.2%}".format(name, i, x / (n + 1))
        c = "%s:%4d:%8.2f" % (name, i, x)
        d = f"{i:,} {x!r:>12} {name!r}"
        total += len(a) + len(b) + len(c) + len(d)
    return total


print("str_format(150000) =", run(150000))
