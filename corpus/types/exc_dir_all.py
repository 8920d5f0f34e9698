# dir() of every builtin exception class (Unicode*Error and ExceptionGroup are checked elsewhere).
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
generic = {"__class__", "__getstate__", "__sizeof__", "__reduce_ex__"}
for n in sorted(b):
    E = b[n]
    if isinstance(E, type) and issubclass(E, BaseException) and not n.startswith("Unicode") and n != "ExceptionGroup":
        print(n, sorted(set(dir(E)) - generic))
