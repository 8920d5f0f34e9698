# TextIOWrapper.buffer: the buffered binary object under a text file.
import sys
# Text flushed before each binary write: the order is the same whether or not
# the environment makes stdout unbuffered (PYTHONUNBUFFERED).
print('first', flush=True)
sys.stdout.buffer.write(b'binary one\n')
sys.stdout.buffer.flush()
print('second')
sys.stdout.write('no newline ')
sys.stdout.flush()
sys.stdout.buffer.write(b'[bin]')
sys.stdout.buffer.flush()
print('end')
sys.stdout.flush()
sys.stdout.buffer.write(b'after flush\n')
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(sys.stdin.buffer, sys.stderr.buffer.name, sys.stderr.buffer.mode)
P = '/tmp/pyvm_binfile_textbuffer.txt'
f = open(P, 'w', encoding='utf-8')
print(f.buffer, f.buffer.raw)
f.write('héllo ')
f.buffer.write(b'RAW ')
f.write('world\n')
f.close()
print(f.buffer.closed, f.buffer.raw)
with open(P, 'rb') as g:
    print(g.read())
f = open(P, 'r+')
print(type(f.buffer).__name__, f.buffer.mode)
print(f.buffer.read(3))
f.close()
with open(P, 'a') as f:
    print(f.buffer, f.buffer.raw.mode)
    f.buffer.write(b'appended\n')
with open(P) as f:
    print(f.read())
sys.stdout.flush()
sys.stdout.buffer.write(b'final\n')
sys.stdout.buffer.flush()
print('really final')
