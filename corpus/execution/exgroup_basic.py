# Building ExceptionGroups and looking at their parts.
eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
print(type(eg).__name__)
print("message:", eg.message)
print("str:", str(eg))
print("repr:", repr(eg))
print("args:", eg.args)
print("count:", len(eg.exceptions))
print("exceptions is a tuple:", type(eg.exceptions).__name__)
for i, e in enumerate(eg.exceptions):
    print(" ", i, type(e).__name__, repr(e))

print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(ExceptionGroup.__mro__)

# The exceptions sequence given as a list is copied into a tuple.
items = [ValueError(1)]
g = ExceptionGroup("copy", items)
items.append(ValueError(2))
print("still one:", len(g.exceptions))

# Single-exception groups and their str.
one = ExceptionGroup("just one", [RuntimeError("r")])
print(str(one), "|", repr(one))

# Nested groups count only the top level in str.
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), TypeError(3)])])
print(str(nested))
print(repr(nested))
print(type(nested.exceptions[1]).__name__, nested.exceptions[1].message)

# Catching a group with plain except.
try:
    raise ExceptionGroup("plain", [OSError("disk"), OSError("net")])
except ExceptionGroup as caught:
    print("caught with except:", caught.message, [str(x) for x in caught.exceptions])

# BaseExceptionGroup of only Exceptions turns into an ExceptionGroup.
b = BaseExceptionGroup("base", [ValueError("v")])
print(type(b).__name__)
b2 = BaseExceptionGroup("base2", [KeyboardInterrupt(), ValueError("v")])
print(type(b2).__name__, str(b2))
print(isinstance(b2, Exception))
