# Shared by the tool tests: argument handling, a scratch folder, assertions.
set -u
PYC=$(realpath -m "$1")
PYVM=$(realpath -m "$2")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pyvm-tooltest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }

# run_capture CMD... : sets $out, $err, $rc without letting a failure end the script.
run_capture() {
  set +e
  out=$("$@" 2>"$WORK/.stderr")
  rc=$?
  err=$(cat "$WORK/.stderr")
  set -e
}

# A file's identity: inode and mtime in ns. A rewrite (atomic rename) changes both.
identity() { stat -c '%i %.9Y' "$1" 2>/dev/null || stat -c '%i %Y' "$1"; }
