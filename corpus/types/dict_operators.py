# dict | and |=, equality, reversed, comparison errors.
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
print(c)
for expr in ["a | [('k', 1)]", "a < b", "[1] | a"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
print(a.__or__([]), a.__ror__({}) if hasattr(a, '__ror__') else 'no ror')
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [])
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({})))
d = {'a': 1, 'b': 2}
r = reversed(d)
print(type(r).__name__, next(r), r.__length_hint__())
print(dict[str, int], type(dict[str, int]).__name__)
class D(dict):
    pass
print(type(D(a=1) | {'b': 2}).__name__, type({'b': 2} | D(a=1)).__name__)
