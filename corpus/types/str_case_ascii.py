# Case methods over ASCII text and mixed punctuation.
for s in ['hello world', 'HELLO', 'hElLo WoRlD', "o'neil is here", 'a1b2c3', '', '123abc', 'x_y-z', 'ÀÉÎ õü']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(' ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum())
