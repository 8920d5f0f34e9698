# corpus: full-stderr
# Exceptions met twice while printing: a member listed twice is printed twice,
# but a cause or context already printed is not followed again (a cycle
# through the group's own context ends).
a = ValueError("a")
b = TypeError("b")
g = ExceptionGroup("cyc", [a, b, a])
a.__context__ = g
b.__cause__ = a
g.__context__ = b
print("built a cycle:", g.__context__.__cause__.__context__ is g)
raise g
