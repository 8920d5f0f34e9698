#!/usr/bin/env bash
# Both tools answer --help and --version with exit 0, and a missing input file
# gives a non-zero exit and a message naming the file.
source "$(dirname "$0")/lib.sh"
set -e

for tool in "$PYC" "$PYVM"; do
  name=$(basename "$tool")
  for flag in --help --version; do
    run_capture "$tool" "$flag"
    [ "$rc" -eq 0 ] || fail "$name $flag exited $rc: $err"
    [ -n "$out" ] || fail "$name $flag printed nothing on stdout"
  done
  run_capture "$tool" --no-such-option
  [ "$rc" -ne 0 ] || fail "$name accepted an unknown option"
  [ -n "$err" ] || fail "$name said nothing about an unknown option"
done

check_missing() {
  run_capture "$@"
  [ "$rc" -ne 0 ] || fail "'$*' succeeded on a missing file"
  [ "$rc" -lt 128 ] || fail "'$*' crashed (exit $rc): $err"
  grep -q 'nothere' <<<"$err" || fail "'$*' did not name the missing file: $err"
}
check_missing "$PYC" compile nothere.py
for stage in tokens ast dis; do check_missing "$PYC" "$stage" nothere.py; done
check_missing "$PYVM" nothere.py
check_missing "$PYVM" nothere.pyc
echo "ok: --help, --version, unknown options and missing files"
