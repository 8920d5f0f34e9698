# reconfigure() of the standard streams.
import sys
print(sys.stdout.line_buffering)  # write_through depends on PYTHONUNBUFFERED
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(write_through=True, line_buffering=False)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
sys.stdout.reconfigure(errors="surrogateescape")
for kw in [{"line_buffering": 1, "bogus": 2}]:
    try:
        sys.stdout.reconfigure(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
