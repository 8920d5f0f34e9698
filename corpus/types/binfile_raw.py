# Unbuffered binary files: _io.FileIO.
P = '/tmp/pyvm_binfile_raw.bin'
f = open(P, 'wb', buffering=0)
print(f, type(f).__name__)
print(f.name, f.mode, f.closefd, f.closed)
print(f.write(b'abcdef'), f.write(bytearray(b'ghij')), f.tell())
print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.seek(2), f.write(b'XY'), f.tell())
print(f.truncate(8), f.tell())
f.close()
print(f, f.closed)
with open(P, 'rb', buffering=0) as f:
    print(f.read(3), f.read(), f.read(), f.tell())
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(10))
    print(f.readinto(mv), bytes(mv))
    f.seek(1)
    print(f.readall())
with open(P, 'r+b', buffering=0) as f:
    print(f, f.mode)
    f.seek(0, 2)
    f.write(b'\n2nd\n')
    f.seek(0)
    print(list(f))
with open(P, 'ab', buffering=0) as f:
    print(f.mode, f.tell())
    f.write(b'end')
with open(P, 'rb') as f:
    print(f.read())
