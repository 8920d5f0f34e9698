# %a and %r: ascii(x) of any object, encoded as ASCII.
class R:
    def __repr__(self):
        return 'R(\u00e9\u4e2d)'


class Boom:
    def __repr__(self):
        raise ValueError('repr failed')


def show(fmt, args):
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)


show(b'%a', 'plain')
show(b'%r', 'plain')
show(b'%a', '\u00e9t\u00e9')
show(b'%r', '\u20ac\U0001f600')
show(b'%a', b'bytes\xff')
show(b'%a', bytearray(b'ba'))
show(b'%a', 12)
show(b'%a', 1.5)
show(b'%a', None)
show(b'%a', [1, 'x', b'y'])
show(b'%a', {'k': '\u00fc'})
show(b'%a', R())
show(b'%r', R())
show(b'%a', Boom())
show(b'%10a|', 'ab')
show(b'%-10r|', 'ab')
show(b'%.3a|', 'abcdef')
show(b'%.2r|', '\u00e9')
show(b'%8.4a|', '\u00e9\u00e9')
show(b'%a %r', ('x', 'y'))
show(b'%a', ('tuple', 'arg'))
show(b'%a', (('inner', 'tuple'),))
show(b'%a', (1, 2))
print(b'%a' % 'x' == b"'x'", type(bytearray(b'%r') % 'q'))
