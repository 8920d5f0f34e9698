# SystemExit carries a code; catching it prevents the exit.
import sys

for arg in [(), (0,), (3,), ("message",), (None,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raised directly", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(9)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("passed through Exception handler:", e.code)
e = SystemExit(1)
e.code = 42
print(e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code, e.args)
print("finishing normally")
