# join with any iterable, its errors; in/not in; comparisons of Unicode strings.
print('-'.join(['a', 'b']), ''.join(('x', 'y')), ','.join(iter('abc')), ', '.join({'k': 1}), 'é'.join('ab'))
for arg in [[1, 'a'], ['a', None], 5]:
    try:
        '-'.join(arg)
    except TypeError as e:
        print(type(e).__name__, e)
print('bc' in 'abcd', 'x' not in 'abc', '' in '', 'é' in 'café')
print(sorted(['b', 'a', 'B', 'é', 'e', 'Z']), 'a' < 'aa', 'Z' < 'a', max('abc'), min('zyx'))
print('abc' * 0, 'ab' * 2, len('é' * 3), 'abc'[::-1], 'hello'[1:-1], 'hello'[-3:], 'hello'[10:])
try:
    'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    key = 'x'
    'abc'[key]
except TypeError as e:
    print(type(e).__name__, e)
