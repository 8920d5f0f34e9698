# builtins.__loader__ is importlib's BuiltinImporter (_frozen_importlib):
# it needs the import system of issue 10.
import builtins
import sys

L = builtins.__loader__
print(L, L._ORIGIN, sorted(n for n in dir(L) if n not in dir(object)))
print(L.find_spec('sys'), L.find_spec('sys', ['x']) is not None, L.is_package('sys'))
print(L.module_repr(sys))
