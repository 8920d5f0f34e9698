# The numeric conversions behave as str's, producing bytes.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class Idx:
    def __index__(self):
        return 42


class HasInt:
    def __int__(self):
        return 7


class BadFloat:
    def __float__(self):
        raise ValueError('bad float')


class BadIndex:
    def __index__(self):
        raise ValueError('bad index')


class HasFloat:
    def __float__(self):
        return 2.5


def show(fmt, args):
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)


show(b'%d %i %u', (1, -2, 3))
show(b'%o %x %X', (8, 255, 255))
show(b'%#o %#x %#X', (8, 255, 255))
show(b'%+d % d %+d', (5, 5, -5))
show(b'%05d|%-5d|%5d', (-42, 42, 42))
show(b'%.5d|%8.3d|%-8.3x|', (42, 7, 255))
show(b'%#010x|%#-10o|', (255, 8))
show(b'%d', 10 ** 30)
show(b'%x', -(2 ** 70))
show(b'%d', True)
show(b'%d', MyInt(9))
show(b'%d', 3.99)
show(b'%x', 3.5)
show(b'%d %x', (Idx(), Idx()))
show(b'%d', HasInt())
show(b'%x', HasInt())
show(b'%d', '5')
show(b'%o', b'5')
show(b'%i', 'x')
show(b'%u', None)
show(b'%x', BadIndex())
show(b'%d', BadIndex())
show(b'%f', 3.14159)
show(b'%.2f|%10.3f|%-10.1f|', (1.005, 2.5, -3.25))
show(b'%e %E', (12345.678, 0.000123))
show(b'%g %G %g', (1e20, 1e-10, 100000.0))
show(b'%#g %#.0f %#x', (1.0, 2.0, 0))
show(b'%+.1f % .1f %08.2f', (1.0, 1.0, -3.14159))
show(b'%f %f %f', (float('inf'), float('-inf'), float('nan')))
show(b'%010f', float('-inf'))
show(b'%f', 10)
show(b'%f', HasFloat())
show(b'%f', Idx())
show(b'%f', 'x')
show(b'%f', b'1.0')
show(b'%e', BadFloat())
show(b'%g', 2 ** 2000)
show(b'%lf %ld %hd', (1.5, 2, 3))
show(b'%F', 1e300 * 10)
print(bytearray(b'%05.1f') % 9.87)
