#!/usr/bin/env bash
# `pyvm x.pyc` needs nothing but itself: copy the binary alone into a folder
# without pyc and run a compiled program from elsewhere.
source "$(dirname "$0")/lib.sh"
set -e

mkdir -p src alone
printf 'def sq(n):\n    return n * n\nprint("squares", sq(7), sq(12))\n' > src/prog.py
run_capture "$PYC" compile src/prog.py
[ "$rc" -eq 0 ] || fail "pyc compile failed ($rc): $err"
cp src/__pycache__/prog.pyvm-*.pyc alone/prog.pyc
cp "$PYVM" alone/pyvm
rm -rf src
run_capture env PATH=/usr/bin:/bin alone/pyvm alone/prog.pyc
[ "$rc" -eq 0 ] || fail "pyvm alone/prog.pyc exited $rc: $err"
[ "$out" = "squares 49 144" ] || fail "unexpected output: $out"
echo "ok: a lone pyvm ran a .pyc"
