a = 1
b = 2
c = f'{a}{!r}'
