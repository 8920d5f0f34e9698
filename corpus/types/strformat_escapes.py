# Braces: escapes and the errors for unmatched ones.
print("{{}}".format(), "{{0}}".format(1), "{{{0}}}".format(1), "a{{b}}c".format(), "}}{{".format())
print("{0}}}{{{0}".format("x"))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t("}")
t("{")
t("a}b")
t("a{b")
t("{0}}", 1)
t("{{0}", 1)
t("{0", 1)
t("{0:", 1)
t("{0:x", 1)
t("{0{}", 1)
t("{0}{", 1)
t("{5} }", 1)
t("x } {5}", 1)
t("{:}}", 1)
t("{:{{}}}", 1)
