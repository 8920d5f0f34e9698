# Every name of the builtins module, and dir() of every builtin class: the
# same names as CPython 3.11, nothing missing and nothing extra.
# (__loader__ is importlib's BuiltinImporter, part of the import system: its
# own program waits in corpus-pending/types/builtins_loader.py.)
import builtins

names = sorted(dir(builtins))
print(len(names), names)
for name in names:
    value = getattr(builtins, name)
    if isinstance(value, type) and name != "__loader__":
        print(name, sorted(dir(value)))
