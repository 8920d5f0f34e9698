# str.format: automatic and manual field numbering, keywords, their errors.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"), "{2}".format(0, 1, 2))
print("{name} is {age}".format(name="Ada", age=36), "{0} {x}".format(1, x=2), "{} {x}".format(1, x=2))
print("{{}}".format(), "text only".format(1, 2, k=3))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t("{} {1}", 1, 2)
t("{0} {}", 1, 2)
t("{} {}", 1)
t("{2}", 1, 2)
t("{5} {0}", 1)
t("{x}", 1)
t("{x}", y=1)
t("{0}")
t("{}")
t("{00}", "zero")
t("{01}", "a", "b")
t("{" + "9" * 25 + "}", 1)
t("{-1}", 1)
t("{ 0}", 1)
t("{0 }", 1)
