#!/usr/bin/env bash
# DESIGN.md: pyvm is standalone; it links bytecode, runtime and vm, never the
# compiler, the front end or the ANTLR runtime.
source "$(dirname "$0")/lib.sh"
set -e

if ldd "$PYVM" | grep -i antlr; then fail "pyvm is dynamically linked to ANTLR"; fi
symbols=$(nm -C "$PYVM" 2>/dev/null || true)
[ -n "$symbols" ] || symbols=$(nm -C -D "$PYVM")
for forbidden in 'antlr4::' 'compiler::' 'front::'; do
  hits=$(grep -c -- "$forbidden" <<<"$symbols" || true)
  [ "$hits" -eq 0 ] || fail "pyvm contains $hits symbols from $forbidden, e.g. $(grep -m1 -- "$forbidden" <<<"$symbols")"
done
echo "ok: pyvm links no ANTLR, compiler or front-end code"
