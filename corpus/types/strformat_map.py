# str.format_map: dicts, dict subclasses with __missing__, other mappings.
print("{a}-{b}".format_map({"a": 1, "b": 2}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {unknown}".format_map(Default(name="Ada")))
print("{x.real} {y[0]}".format_map({"x": 3, "y": [9]}))


class Lookup:
    def __getitem__(self, key):
        return key * 2


print("{ab} {c:>5} {d!r}".format_map(Lookup()))


def t(fmt, *args, **kw):
    try:
        print(repr(fmt.format_map(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t("{0}", {"0": 1})
t("{}", {})
t("{a}", {})
t("{a}", [])
t("{a}", 5)
t("{a}")
t("{a}", {}, {})
t("{a}", m={})
t("{a:{b}}", {"a": 3.14159, "b": ".2f"})
t("plain", {})
