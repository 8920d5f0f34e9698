# Corners of the % operator: non-tuple arguments, mappings that are not dicts,
# tuples as the single value, subclasses.
print("%s" % [1, 2], "%s" % {1: 2}, "%s" % ((1, 2),), "%r" % ("a",))
print("no format" % [], "no format" % {}, "no format" % {"a": 1})
try:
    print("no format" % 5)
except TypeError as e:
    print("TypeError", e)
try:
    print("no format" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % [1, 2])
except TypeError as e:
    print("TypeError", e)


class Tup(tuple):
    pass


class Str(str):
    pass


print("%s-%s" % Tup((1, 2)), Str("%d!") % 5, type(Str("%d") % 5).__name__)
print("%s" % Str("sub"), "%5s|" % Str("ab"))
x = "%d items"
x %= 3
print(x)
print("%s" * 3 % (1, 2, 3))
print("100%% sure, %d%%" % 50)
print("%s" % "%s", "%%s" % ())
