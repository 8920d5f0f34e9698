# find/rfind/index/rindex/count/startswith/endswith with start and end bounds.
s = 'abcabcabc'
for args in [('b',), ('b', 2), ('b', -4), ('b', None, 4), ('b', None, None), ('b', 2, -3), ('', 9), ('', 10),
             ('', -100), ('c', 100), ('abc', 3, 6), ('abc', 3, 5), ('', 5, 2), ('x',)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [('b', 2), ('c', -1)]:
    print(s.index(*args), s.rindex(*args))
for f in (s.index, s.rindex):
    try:
        f('b', 8)
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith('abc', 3), s.startswith(('x', 'ca'), 2), s.endswith('ab', 0, 8), s.endswith('c', -4, -3))
print(s.startswith('', 9), s.startswith('', 10), s.endswith('', 3, 1))
print('ééaé'.find('a', 1), 'ééaé'.rfind('é', 0, -1), 'ééaé'.count('é', 1))
print(s.find('b', 2**100), s.find('b', -2**100), s.count('a', 0, 2**70))
for bad in [('b', 'x'), (1,), ('b', 1.5)]:
    try:
        s.find(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(('a', 1))
except TypeError as e:
    print(type(e).__name__, e)
