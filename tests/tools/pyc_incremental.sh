#!/usr/bin/env bash
# `pyc compile DIR` rewrites only cache files whose source changed.
source "$(dirname "$0")/lib.sh"
set -e

mkdir -p proj/pkg
printf 'print("a")\n' > proj/a.py
printf 'x = 1\nprint(x)\n' > proj/b.py
printf 'def f():\n    return 2\n' > proj/pkg/c.py
sources=(proj/a.py proj/b.py proj/pkg/c.py)
cache_of() { local d=$(dirname "$1") m=$(basename "$1" .py); echo "$d"/__pycache__/"$m".pyvm-*.pyc; }

run_capture "$PYC" compile proj
[ "$rc" -eq 0 ] || fail "first pyc compile failed ($rc): $err"
declare -A first
for s in "${sources[@]}"; do
  c=$(cache_of "$s")
  [ -f "$c" ] || fail "no cache file for $s (looked for $c)"
  first[$s]=$(identity "$c")
done

sleep 0.05
run_capture "$PYC" compile proj
[ "$rc" -eq 0 ] || fail "second pyc compile failed ($rc): $err"
for s in "${sources[@]}"; do
  [ "$(identity "$(cache_of "$s")")" = "${first[$s]}" ] || fail "$s was recompiled although unchanged"
done

sleep 0.05
touch proj/b.py
run_capture "$PYC" compile proj
[ "$rc" -eq 0 ] || fail "third pyc compile failed ($rc): $err"
for s in "${sources[@]}"; do
  now=$(identity "$(cache_of "$s")")
  if [ "$s" = proj/b.py ]; then
    [ "$now" != "${first[$s]}" ] || fail "$s was touched but not recompiled"
  else
    [ "$now" = "${first[$s]}" ] || fail "$s was recompiled although only b.py was touched"
  fi
done
leftovers=$(find proj -name '*.tmp*')
[ -z "$leftovers" ] || fail "temporary files left behind: $leftovers"
echo "ok: unchanged sources kept their cache files; the touched one alone was rewritten"
