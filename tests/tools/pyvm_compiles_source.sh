#!/usr/bin/env bash
# `pyvm FILE.py` uses the cache file when it is fresh, asks the pyc beside it
# to (re)compile when the cache is missing, stale or damaged, and without a pyc
# says which command to run.
source "$(dirname "$0")/lib.sh"
set -e

mkdir bin
cp "$PYVM" bin/pyvm
printf 'print("one")\n' > prog.py
run_capture env PATH=/usr/bin:/bin bin/pyvm prog.py
[ "$rc" -ne 0 ] || fail "pyvm ran a program without a cache file and without a pyc"
[ "$rc" -lt 128 ] || fail "pyvm crashed (exit $rc): $err"
grep -q 'pyc compile' <<<"$err" || fail "pyvm did not say which command to run: $err"

cp "$PYC" bin/pyc
run_capture bin/pyvm prog.py
[ "$rc" -eq 0 ] && [ "$out" = one ] || fail "first run: exit $rc, output '$out': $err"
cache=$(echo __pycache__/prog.pyvm-*.pyc)
[ -f "$cache" ] || fail "no cache file was written"
before=$(identity "$cache")
run_capture bin/pyvm prog.py
[ "$rc" -eq 0 ] && [ "$out" = one ] || fail "second run: exit $rc, output '$out': $err"
[ "$(identity "$cache")" = "$before" ] || fail "a fresh cache file was rewritten"

printf 'print("two")\n' > prog.py
run_capture bin/pyvm prog.py
[ "$rc" -eq 0 ] && [ "$out" = two ] || fail "after an edit: exit $rc, output '$out': $err"

size=$(stat -c %s "$cache")
printf '\377' | dd of="$cache" bs=1 seek=$(( size - 2 )) conv=notrunc status=none
run_capture bin/pyvm prog.py
[ "$rc" -eq 0 ] && [ "$out" = two ] || fail "with a damaged cache file: exit $rc, output '$out': $err"
echo "ok: pyvm compiles through the pyc beside it exactly when needed"
