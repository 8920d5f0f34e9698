# Every name of the builtins module, and dir() of every builtin class: the
# same names as CPython 3.11, nothing missing and nothing extra.
import builtins

names = sorted(dir(builtins))
print(len(names), names)
for name in names:
    value = getattr(builtins, name)
    if isinstance(value, type):
        print(name, sorted(dir(value)))
