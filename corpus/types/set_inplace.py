# In-place operators on sets accept only sets; frozensets make new objects.
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
s ^= {1, 7}
print(s, s is t)
for op in ['|=', '&=', '-=', '^=']:
    try:
        exec(f's {op} [1]')
    except TypeError as e:
        print(type(e).__name__, e)
for op in ['|', '&', '-', '^']:
    try:
        eval(f's {op} [1]')
    except TypeError as e:
        print(type(e).__name__, e)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
print(s.__ior__([1]), s.__iand__({4}), s, s.__or__([1]), s.__ror__({1}))
print(s.__isub__({4}), s.__ixor__({5}), s)
print({1} | frozenset([2]), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
print(sorted({1, 2} ^ frozenset({2, 3})), {1, 2} - {2}, {1, 2} & {2}, {1} | {1.0})
x = {1, 2}
x |= x
x &= x
print(x)
x -= x
print(x)
y = {1, 2}
y ^= y
print(y)
