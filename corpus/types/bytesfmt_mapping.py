# %(key)s: the arguments as a mapping whose keys are bytes.
class Map:
    def __getitem__(self, key):
        return b'<' + key + b'>'


class ListLike(list):
    pass


def show(fmt, args):
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)


d = {b'name': b'pyvm', b'n': 3, b'f': 1.5, b'a(b)': b'nested', 'name': 'str key'}
show(b'%(name)s is %(n)d', d)
show(b'%(n)05d|%(n)-5x|%(f).2f', d)
show(b'%(name)s %(name)s', d)
show(b'%(a(b))s', d)
show(b'%()s', {b'': b'empty'})
show(b'%(missing)s', d)
show(b'%(name)s', {'name': 'str keys do not match'})
show(b'%(k)s', Map())
show(b'%(key)a', Map())
show(b'%(n)*d', d)
show(b'%(name)s %s', d)
show(b'%s', d)
show(b'%d', {b'x': 1})
show(b'%(name', d)
show(b'%(a(b)s', d)
show(b'%(x)s', (1,))
show(b'%(x)s', 5)
show(b'%(x)s', b'bytes')
show(b'%(x)s', [1])
show(b'%(x)s', ListLike())
show(b'plain', {b'unused': 1})
show(b'plain', [1, 2])
show(b'%%', {})
show(b'%(\xff)s', {b'\xff': b'high'})
print(bytearray(b'%(v)s!') % {b'v': bytearray(b'ba')})
