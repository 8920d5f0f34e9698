# str operators: concatenation, repetition, comparisons, and no __radd__.
print('__radd__' in dir(str), '__add__' in dir(str), '__rmul__' in dir(str), '__mod__' in dir(str))
for expr in ["'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 1.5", "[1] + 'a'", "None + 'x'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print('ab' * 3, 3 * 'ab', 'x' * -1, 'ab'.__mul__(2), 'ab'.__rmul__(2), 'a'.__add__('b'))
print('a'.__mul__('x') if False else 'skip')
for m in ('__add__', '__mul__'):
    try:
        getattr('a', m)(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    def __radd__(self, other):
        return 'radd:' + str(other)
print('x' + S('y'), S('y') + 'x')
print('a' < 'b', 'abc' <= 'abd', 'é' > 'z', 'a'.__lt__(1), 'a' == 'a', 'A' != 'a')
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash('') == 0, 'ab'[::-1], 'abcdef'[1:5:2], 'abc'[-10:10])
print('é' in 'café', '' in 'x', 'af' in 'café')
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
