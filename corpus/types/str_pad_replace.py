# center/ljust/rjust/zfill and replace with counts.
print(repr('ab'.center(7, '*')), repr('ab'.center(6)), repr('abc'.center(6, 'é')), repr('x'.ljust(3, '-')), repr('x'.rjust(3)))
print('-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3), 'é'.zfill(3))
print('aaa'.replace('a', 'b', 2), 'aaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'aXbXc'.replace('X', ''), 'ab'.replace('ab', 'ba', 0))
print('ééé'.replace('é', 'e', -1), 'abc'.replace('x', 'y'))
for f, a in [('center', (5, 'ab')), ('ljust', (5, '')), ('rjust', ('5',)), ('replace', (1, 'a')), ('replace', ('a', 1))]:
    try:
        getattr('abc', f)(*a)
    except TypeError as e:
        print(type(e).__name__, e)
