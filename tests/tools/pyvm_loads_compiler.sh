#!/usr/bin/env bash
# exec()/eval()/compile() of source text load the compiler library
# (libpyvm_compile.so) beside pyvm on first use; a pyvm without it still runs
# everything else and says clearly why exec cannot work (RuntimeError, exit 1).
source "$(dirname "$0")/lib.sh"
set -e

mkdir -p src alone with
printf 'print("before")\nprint(eval("6 * 7"))\nexec("x = 5")\nprint(x)\n' > src/prog.py
run_capture "$PYC" compile src/prog.py
[ "$rc" -eq 0 ] || fail "pyc compile failed ($rc): $err"
lib="$(dirname "$PYVM")/libpyvm_compile.so"
[ -f "$lib" ] || fail "no compiler library beside pyvm at $lib"

cp src/__pycache__/prog.pyvm-*.pyc alone/prog.pyc
cp "$PYVM" alone/pyvm
run_capture env PATH=/usr/bin:/bin alone/pyvm alone/prog.pyc
[ "$rc" -eq 1 ] || fail "pyvm without the compiler library exited $rc, expected 1: $err"
[ "$out" = "before" ] || fail "unexpected output without the library: $out"
grep -q "^RuntimeError: compiling source at run time needs the pyvm compiler library" <<<"$err" ||
  fail "no clear RuntimeError without the library: $err"

cp src/__pycache__/prog.pyvm-*.pyc with/prog.pyc
cp "$PYVM" "$lib" with/
run_capture env PATH=/usr/bin:/bin with/pyvm with/prog.pyc
[ "$rc" -eq 0 ] || fail "pyvm with the compiler library exited $rc: $err"
[ "$out" = $'before\n42\n5' ] || fail "unexpected output with the library: $out"
echo "ok: exec/eval load the compiler library beside pyvm, and fail clearly without it"
