print('a',
