# Binary files: stdin.buffer, fds with closefd=False, detach, large writes, text+buffer tell.
import sys
P = '/tmp/pyvm_binfile_misc.bin'
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
f = open(P, 'wb')
try:
    print('x', file=f)
except TypeError as e:
    print(type(e).__name__, e)
f.write(b'abc\ndef\n')
f.close()
r = open(P, 'rb')
g = open(r.fileno(), 'rb', closefd=False)
print(g, g.raw, g.read())
g.close()
print(r.closed, r.read(2))
h = open(r.fileno(), 'rb', buffering=0, closefd=False)
print(h)
r.close()
with open(P, 'r+b') as f:
    f.read(2)
    print(f.truncate(), f.tell(), f.read())
    f.seek(0)
    print(f.read())
with open(P, 'rb') as f:
    print(f.read1(-1), f.read1(), f.peek(), f.peek(100))
f = open(P, 'rb')
print(f.readinto(memoryview(b'abc')) if False else 0)
try:
    f.readinto(memoryview(b'abc'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.read(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.write()
except Exception as e:
    print(type(e).__name__, e)
print(f.detach(), f)
with open(P, 'wb') as f:
    f.write(b'x' * 10000)
    print(f.tell())
    f.write(b'y' * 9000)
    print(f.tell(), f.raw.tell())
with open(P, 'rb') as f:
    d = f.read()
    print(len(d), d.count(b'y'))
with open(P, 'ab') as f:
    print(f.tell())
w = open(P, 'w')
w.write('text\n')
w.buffer.write(b'bin\n')
print(w.tell())
w.close()
print(open(P, 'rb').read())
f = open(P, 'rb')
raw = f.detach()
print(f, f.raw, raw, raw.read(4))
for fn in [f.read, f.close, f.tell, lambda: f.name, lambda: f.closed, lambda: f.mode, f.detach, f.fileno]:
    try:
        print(fn())
    except ValueError as e:
        print(type(e).__name__, e)
raw.close()
f = open(P, 'wb')
f.close()
try:
    f.detach()
except ValueError as e:
    print(type(e).__name__, e)
