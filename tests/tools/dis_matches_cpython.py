#!/usr/bin/env python3
"""Course program 10: `pyc dis` of `def add(a, b): return a + b` shows the loads
of both locals, one binary add and the return, with line numbers. Checked
against CPython: the instructions of `add` (name, argument meaning, line) must
equal python3's `dis` of the same function (minus RESUME, which pyvm lacks).

usage: dis_matches_cpython.py PYC SOURCE.py FUNCTION
"""
import dis
import re
import subprocess
import sys

pyc, source, function = sys.argv[1:4]

namespace = {}
code = compile(open(source).read(), source, "exec")
for const in code.co_consts:
    if hasattr(const, "co_name") and const.co_name == function:
        want = [(i.opname, i.argrepr, i.positions.lineno)
                for i in dis.get_instructions(const) if i.opname != "RESUME"]
        break
else:
    sys.exit("no function %r in %s" % (function, source))

out = subprocess.run([pyc, "dis", source], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("pyc dis failed:\n" + out.stderr)
header = re.compile(r"^Disassembly of <code object %s\b" % re.escape(function))
row = re.compile(r"^\s*(\d+)?\s+(?:>>)?\s*\d+ ([A-Z_]+)(?:\s+\d+(?: \((.*)\))?)?\s*$")
got, inside, line = [], False, None
for text in out.stdout.splitlines():
    if text.startswith("Disassembly of"):
        inside = bool(header.match(text))
        continue
    m = row.match(text) if inside else None
    if m:
        line = int(m.group(1)) if m.group(1) else line
        got.append((m.group(2), m.group(3) or "", line))
if got != want:
    print("pyc dis of %s differs from python3's dis:" % function)
    print("  pyc:     %s" % got)
    print("  python3: %s" % want)
    print(out.stdout)
    sys.exit(1)
print("pyc dis of %s matches python3: %s" % (function, got))
