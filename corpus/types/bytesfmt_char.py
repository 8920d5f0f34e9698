# %c: an int in range(256) or a single byte.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise RuntimeError('no index')


def show(fmt, args):
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)


show(b'%c', 65)
show(b'%c', 0)
show(b'%c', 255)
show(b'%c%c%c', (104, 105, 33))
show(b'%c', b'z')
show(b'%c', bytearray(b'y'))
show(b'%c', True)
show(b'%c', Idx(66))
show(b'%5c|', 67)
show(b'%-5c|', b'D')
show(b'%05c|', 69)
show(b'%.0c|', 70)
show(b'%c', 256)
show(b'%c', -1)
show(b'%c', 2 ** 70)
show(b'%c', -2 ** 70)
show(b'%c', Idx(300))
show(b'%c', b'ab')
show(b'%c', b'')
show(b'%c', bytearray())
show(b'%c', 'a')
show(b'%c', 65.0)
show(b'%c', None)
show(b'%c', memoryview(b'a'))
show(b'%c', BadIdx())
show(b'%c', Idx('x'))
print(list(b'%c' % i for i in (1, 127, 128)))
