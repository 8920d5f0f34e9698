#!/usr/bin/env bash
# A damaged or foreign cache file is rejected with a message naming it, never
# run and never a crash.
source "$(dirname "$0")/lib.sh"
set -e

printf 'print("hello")\n' > prog.py
run_capture "$PYC" compile prog.py
[ "$rc" -eq 0 ] || fail "pyc compile failed ($rc): $err"
good=$(echo __pycache__/prog.pyvm-*.pyc)
run_capture "$PYVM" "$good"
[ "$rc" -eq 0 ] && [ "$out" = hello ] || fail "the intact cache file did not run: $rc $out $err"

expect_rejected() {  # FILE WHAT
  run_capture "$PYVM" "$1"
  [ "$rc" -ne 0 ] || fail "pyvm ran a $2 cache file"
  [ "$rc" -lt 128 ] || fail "pyvm crashed (exit $rc) on a $2 cache file: $err"
  grep -qF "$1" <<<"$err" || fail "pyvm's message for a $2 cache file does not name it: $err"
}

size=$(stat -c %s "$good")
cp "$good" flipped.pyc
# Flip one byte in the middle of the payload.
pos=$(( size - 3 ))
orig=$(od -An -tu1 -j "$pos" -N1 flipped.pyc | tr -d ' ')
printf "$(printf '\\%03o' $(( orig ^ 0x40 )))" | dd of=flipped.pyc bs=1 seek="$pos" conv=notrunc status=none
expect_rejected flipped.pyc "byte-flipped"

head -c $(( size / 2 )) "$good" > truncated.pyc
expect_rejected truncated.pyc "truncated"
printf 'print("not bytecode")\n' > foreign.pyc
expect_rejected foreign.pyc "foreign"
: > empty.pyc
expect_rejected empty.pyc "empty"
head -c 4096 /dev/urandom > random.pyc
expect_rejected random.pyc "random"
echo "ok: damaged cache files are rejected by name"
