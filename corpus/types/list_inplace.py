# += and *= on lists (in place) and tuples (new object); concatenation errors.
a = [1, 2]
b = a
a += (3, 4)
a += 'xy'
a += range(2)
print(a, a is b)
a *= 2
print(a, a is b)
a *= 0
print(a, b)
c = [1]
c *= -3
print(c)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
t *= 2
print(t)
for expr in ["[1] + (2,)", "(1,) + [2]", "[1] * 'a'", "(1,) + 1", "1 + [1]", "1 + (1,)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    x = [1]
    x += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    y = (1,)
    y += [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x *= 'a'
except TypeError as e:
    print(type(e).__name__, e)
print('__radd__' in dir(list), '__radd__' in dir(tuple), '__iadd__' in dir(list), '__iadd__' in dir(tuple))
print([1].__iadd__([2]), [1, 2].__imul__(2), [0].__mul__(3), (0,).__rmul__(2))
class L(list):
    def __radd__(self, other):
        return 'L.radd'
print([1] + L([2]), L([2]) + [1], type(L([2]) + [1]).__name__)
