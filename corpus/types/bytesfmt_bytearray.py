# bytearray formatting, the result type, and __mod__/__rmod__ through the operator.
class SubBytes(bytes):
    pass


class SubArray(bytearray):
    pass


class Left:
    def __mod__(self, other):
        return 'Left.__mod__'


class Right(bytes):
    def __rmod__(self, other):
        return ('Right.__rmod__', other)


r = bytearray(b'%d-%s') % (7, b'x')
print(r, type(r).__name__)
print(bytearray(b'%c%c') % (b'a', 98))
print(type(SubBytes(b'%d') % 1).__name__, type(SubArray(b'%d') % 1).__name__)
print(SubBytes(b'%s') % SubBytes(b'in'))
print(b'%s' % bytearray(b'ba'), bytearray(b'%s') % b'by')
x = b'%d'
x %= 5
print(x)
y = bytearray(b'%x')
z = y
y %= 255
print(y, z, y is z)
print(bytes.__mod__(b'%d', 4), bytearray.__mod__(bytearray(b'%d'), 4))
print(bytes.__rmod__(b'%d', 4), bytearray.__rmod__(bytearray(b'%d'), 4))
print(b'x'.__rmod__(b'%s'), b'%s'.__mod__(b'y'))
print('__mod__' in dir(bytes), '__rmod__' in dir(bytes), '__mod__' in dir(bytearray), '__rmod__' in dir(bytearray))
print(b'%s' % Right(b'r'), Left() % b'q')
try:
    print(b'%s' % object())
except TypeError as e:
    print('TypeError', e)
for a, b in [(5, b'x'), ('%s', b'x'), (1.5, bytearray(b'x')), (None, b'')]:
    try:
        print(a % b)
    except TypeError as e:
        print('TypeError', e)
print('%s' % b'str fmt')
try:
    bytes.__mod__('not bytes', 1)
except TypeError as e:
    print('TypeError', e)
for call in (lambda: b'%s'.__mod__(), lambda: b'%s'.__rmod__(1, 2), lambda: bytearray(b'%s').__mod__(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(bytearray(b'') % (), bytearray(b'%%') % ())
big = bytearray(b'%s') % (b'z' * 1000,)
print(len(big), type(big).__name__)
