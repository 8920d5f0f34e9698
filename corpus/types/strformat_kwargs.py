# str.format with **kwargs and *args unpacking; keyword errors are KeyErrors.
data = {"first": "Grace", "last": "Hopper", "year": 1906}
print("{first} {last} ({year})".format(**data))
print("{0}-{1}-{2}".format(*"abc"), "{2}{1}{0}".format(*range(3)))
print("{a}{b}".format(b=2, a=1), "{0}{a}{1}".format("x", "y", a="-"))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, repr(e.args[0]) if e.args else "")


t("{missing}", **data)
t("{first} {0}", **data)
t("{first[0]}{last[-1]}", **data)
t("{first.__class__}", **data)
t("{year:05}", **data)
t("{year:x>8}", **data)
t("{0}{1}", *[1])
t("{self}", self="s")
t("{}", self="s")
print(str.format("{}-{}", 1, 2), "{}".format.__name__)
try:
    str.format()
except TypeError as e:
    print("TypeError", e)
