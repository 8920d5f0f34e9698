# sys.stdout/sys.stderr as text files.
import sys
print(sys.stdout.write("abc\n"), sys.stdout.write(""), sys.stdout.write("\u00e9\n"))
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.encoding)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(sys.stdout), repr(sys.stdin))
print(sys.stdout.closed)  # write_through depends on PYTHONUNBUFFERED
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print(sys.stdout.flush())
