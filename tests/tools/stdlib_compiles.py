"""Every file of the standard library that CPython's parser accepts compiles
with `pyc compile` as it does with CPython's compile() (issue 8: no construct
of the 3.11 grammar is left out).

usage: stdlib_compiles.py PYC

The files of python3's standard library folder (sysconfig's "stdlib", without
site-packages) that ast.parse accepts are copied to a temporary folder, which
`pyc compile` compiles in one run. pyc must make a cache file for each file
CPython's compile() accepts, and report a SyntaxError for each one it rejects
(a few test files are bad on purpose: a misplaced `from __future__`). Prints
the counts.
"""

import ast
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path


def main():
    pyc = sys.argv[1]
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    accepted, rejected, bad = [], 0, set()
    for path in sorted(stdlib.rglob("*.py")):
        rel = path.relative_to(stdlib)
        if rel.parts[0] in ("site-packages", "dist-packages") or "__pycache__" in rel.parts:
            continue
        try:
            source = path.read_bytes()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ast.parse(source, str(path))
        except (SyntaxError, ValueError, UnicodeDecodeError, OSError):
            rejected += 1
            continue
        accepted.append(rel)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(source, str(path), "exec", dont_inherit=True)
        except SyntaxError:
            bad.add(rel)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "lib"
        for rel in accepted:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(stdlib / rel, root / rel)
        run = subprocess.run([pyc, "compile", str(root)], capture_output=True, text=True, errors="replace")
        cached = {rel for rel in accepted
                  if any((root / rel).parent.glob(f"__pycache__/{rel.stem}.*"))}
        reported = {rel for rel in accepted if f'File "{root / rel}"' in run.stderr}
    print(f"{stdlib}: {len(accepted)} files ast.parse accepts ({rejected} it rejects, skipped); "
          f"CPython's compile() rejects {len(bad)} of them")
    print(f"pyc compile: {len(cached)} cache files, {len(reported)} files reported (exit code {run.returncode})")
    problems = [f"not compiled: {rel}" for rel in sorted(set(accepted) - bad - cached)]
    problems += [f"compiled although CPython rejects it: {rel}" for rel in sorted(bad & cached)]
    problems += [f"no SyntaxError reported: {rel}" for rel in sorted(bad - reported)]
    if problems or "not supported" in run.stderr:
        print("\n".join(problems[:50]))
        print(run.stderr[-3000:])
        sys.exit(1)
    print(f"every file CPython compiles compiled ({len(cached)}), every file it rejects was reported ({len(bad)})")


if __name__ == "__main__":
    main()
