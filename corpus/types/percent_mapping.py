# %(name)s with a mapping argument, and mixed errors.
d = {"name": "Ada", "age": 36, "pi": 3.14159, "x(y)": "paren", "": "empty"}
print("%(name)s is %(age)d; pi=%(pi).2f" % d)
print("%(name)-6s|%(age)05d|%(pi)+.1e|%(name)r" % d)
print("%(x(y))s %()s %%" % d)
print("%(name)s %(name)s" % d)


class M:
    def __getitem__(self, key):
        return key.upper()


print("%(abc)s-%(de)s" % M())


def t(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)


t("%(missing)s", d)
t("%(name)s", ("Ada",))
t("%(name)s", "Ada")
t("%(name", d)
t("%(name)s %s", d)
t("%s", d)
t("no fields", d)
t("%(age)d", {"age": "x"})
t("%(a)s", {"a": 1, "b": 2})
