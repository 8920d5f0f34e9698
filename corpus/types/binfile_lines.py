# Line reading in binary files: readline, readlines, iteration.
P = '/tmp/pyvm_binfile_lines.bin'
with open(P, 'wb') as f:
    f.writelines([b'one\n', bytearray(b'two\r\n'), b'three\rfour\n', memoryview(b'\n'), b'last'])
with open(P, 'rb') as f:
    print(f.readline())
    print(f.readline(2), f.readline(0), f.readline(-1))
    print(f.readline(None))
    print(f.readlines())
    print(f.readline(), f.readlines())
with open(P, 'rb') as f:
    for line in f:
        print(type(line).__name__, line)
with open(P, 'rb') as f:
    print(f.readlines(5))
    print(next(f))
    print(list(f))
    try:
        next(f)
    except StopIteration:
        print('StopIteration')
with open(P, 'rb') as f:
    print(f.readlines(0))
with open(P, 'rb') as f:
    it = iter(f)
    print(it is f, next(it))
big = b''.join(b'line ' + str(i).encode() + b' ' + b'x' * (i * 37 % 500) + b'\n' for i in range(200))
with open(P, 'wb') as f:
    print(f.write(big))
with open(P, 'rb') as f:
    lines = f.readlines()
    print(len(lines), sum(map(len, lines)), lines[150][:12], lines[-1][-5:])
with open(P, 'rb') as f:
    n = 0
    for line in f:
        n += len(line)
    print(n == len(big))
with open(P, 'rb', buffering=0) as f:
    print(f.readline(), f.readline(4), len(f.readlines()))
try:
    open(P, 'rb').readline('x')
except TypeError as e:
    print(type(e).__name__, e)
