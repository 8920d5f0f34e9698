# strip/split/rsplit/partition on Unicode whitespace and explicit separators.
s = '\u3000\t hello  world \x85\u2028'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 2), 'a,b,,c'.split(',', 0), ''.split(','), ''.split())
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'éaé'.strip('é'), '  x '.split(' '))
print('a b  c'.split(maxsplit=1), 'a b  c'.rsplit(maxsplit=1), '  a b  '.rsplit(None, 0), '  a b  '.split(None, 0))
print('one\u2003two\u00a0three'.split(), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='))
for args in [('',), (1,)]:
    try:
        'abc'.split(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
