# Every is* predicate over a range of Unicode characters.
chars = ['a', 'Z', '5', '٣', '²', '½', '一', 'Ⅻ', ' ', '\t', '\x1c', '\x85', '\xa0', '\u2028', '\u3000',
         'ǅ', 'ᾼ', '_', '-', '\x00', '\x7f', '\xad', 'é', 'ß', 'ⅷ', '①', '𝟘', '\U0001F600', '\u200b', 'ª', 'ʰ']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
for c in chars:
    print(repr(c), ''.join('1' if getattr(c, n)() else '0' for n in names))
for s in ['', 'Hello World', 'Hello world', 'HELLO', 'hello', 'Hello1 World2', 'ǅungla', '123', 'A1b',
          'This Is A Title', 'this is', ' ', 'ab cd', 'ǈ', 'Aǈ', 'Ab1C']:
    print(repr(s), [getattr(s, n)() for n in names])
