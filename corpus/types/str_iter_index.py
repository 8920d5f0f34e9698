# Iterating and indexing strings with non-ASCII characters.
s = 'aé€𝄞b'
print(len(s), list(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2])
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), next(it), it.__length_hint__(), list(it))
print([ord(c) for c in s], ''.join(chr(ord(c)) for c in s) == s, s.index('€'), s.find('𝄞'), s.rfind('b'))
print(s.encode if False else '', s.count(''), 'x'.join(s), s.upper(), s.title())
