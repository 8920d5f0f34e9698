# casefold, expandtabs, removeprefix/removesuffix, __getnewargs__, isascii.
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '01\t012\t0123\t'.expandtabs(4))
print(repr('a\tb\nc\td'.expandtabs(3)), repr('\t'.expandtabs(0)), repr('ab\t'.expandtabs(-1)))
print(repr('x\r\ty'.expandtabs(4)), repr('é\tb'.expandtabs(tabsize=2)))
try:
    'a'.expandtabs('4')
except TypeError as e:
    print(type(e).__name__, e)
print('prefix_body'.removeprefix('prefix_'), 'body'.removeprefix('x'), 'abc'.removeprefix(''))
print('body_suffix'.removesuffix('_suffix'), 'abc'.removesuffix(''), 'abc'.removesuffix('abcd'))
for f in ('removeprefix', 'removesuffix'):
    try:
        getattr('abc', f)(1)
    except TypeError as e:
        print(type(e).__name__, e)
print('abc'.__getnewargs__(), ''.isascii(), 'abc\x7f'.isascii(), 'é'.isascii())
print('ABC'.casefold(), 'ß'.casefold(), 'ﬁ'.casefold(), 'Σσς'.casefold())
class S(str):
    pass
print(type(S('ab').removeprefix('x')).__name__, type(S('ab').removeprefix('a')).__name__)
print(S('xy').__getnewargs__(), type(S('xy').__getnewargs__()[0]).__name__)
