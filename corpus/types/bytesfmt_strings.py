# %s and %b: bytes-like objects and __bytes__, with widths, precision and flags.
class HasBytes:
    def __bytes__(self):
        return b'<hb>'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


class Sub(bytes):
    def __bytes__(self):
        return b'never used'


def show(fmt, args):
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)


show(b'%s', b'abc')
show(b'%b', b'abc')
show(b'[%s|%b]', (b'x', bytearray(b'yz')))
show(b'%s', memoryview(b'view'))
show(b'%s', memoryview(b'abcdef')[::2])
show(b'%s', HasBytes())
show(b'%b', HasBytes())
show(b'%s', Sub(b'sub'))
show(b'%s', memoryview(bytearray(b'ABC')))
show(b'%10s|', b'right')
show(b'%-10s|', b'left')
show(b'%.2s|', b'truncate')
show(b'%8.3b|', b'truncate')
show(b'%-8.3b|', bytearray(b'truncate'))
show(b'%.0s|', b'gone')
show(b'%+5s|', b'ab')
show(b'% 5s|', b'ab')
show(b'%05s|', b'ab')
show(b'%#5s|', b'ab')
show(b'%s', b'\x00\xff\x80')
show(b'%s', (b'',))
show(b'%s', 'text')
show(b'%b', 'text')
show(b'%s', 42)
show(b'%b', 3.5)
show(b'%s', None)
show(b'%s', [1, 2])
show(b'%s', BadBytes())
show(b'%s %s', (b'one', 'two'))
m = memoryview(b'rel')
m.release()
show(b'%s', m)
print(type(b'%s' % b'x'), len(b'%s' % (b'\x00' * 5,)))
