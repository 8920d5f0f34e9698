# Binary files: write, read, modes, reprs, attributes.
P = '/tmp/pyvm_binfile_basic.bin'
with open(P, 'wb') as f:
    print(f)
    print(f.name, f.mode, f.closed)
    print(f.write(b'hello\n'), f.write(bytearray(b'world\n')), f.write(memoryview(b'abc\x00\xff')))
    print(f.tell())
    print(f.readable(), f.writable(), f.seekable())
    print(f.raw)
    print(type(f).__name__, type(f.raw).__name__)
print(f.closed, f.raw.closed)
print(f)
print(f.raw)
with open(P, 'rb') as f:
    print(f)
    data = f.read()
    print(type(data).__name__, data, len(data))
    print(f.read(), f.tell())
    print(f.seek(0), f.read(3), f.tell())
    print(f.seek(2, 1), f.read(4))
    print(f.seek(-2, 2), f.read())
    print(f.mode, f.readable(), f.writable())
with open(P, 'rb') as f:
    print(f.read(0), f.read(5), f.read(100))
with open(P, 'ab') as f:
    print(f, f.mode, f.raw.mode, f.tell())
    f.write(b'tail')
with open(P, 'rb') as f:
    print(f.read())
for mode in ['r+b', 'w+b', 'a+b', 'rb+', 'br']:
    f = open(P, mode)
    print(mode, type(f).__name__, f.mode, f.raw)
    f.close()
try:
    open(P, 'xb')
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open('/tmp/pyvm_binfile_missing_dir/x.bin', 'rb')
except FileNotFoundError as e:
    print(type(e).__name__, e)
with open(P, 'wb') as f:
    pass
with open(P, 'rb') as f:
    print(f.read(), f.read(3), f.readline())
