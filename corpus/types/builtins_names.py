# The builtins namespace: constants and module entries.
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for name in ["True", "False", "None", "__debug__", "__package__", "__name__", "Ellipsis", "NotImplemented"]:
    print(name, repr(b[name]))
print(b["__doc__"].splitlines()[0])
print(__debug__, type(__debug__).__name__)
for name in ["exit", "quit", "help", "license", "credits", "copyright", "aiter", "anext", "breakpoint",
             "__import__", "open", "input", "print", "__build_class__"]:
    print(name, name in b)
print(b["__loader__"] is not None or True, "__spec__" in b)
