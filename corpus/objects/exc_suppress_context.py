# raise ... from None suppresses the context in tracebacks but keeps __context__.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError("no field " + k) from None


try:
    lookup({}, "name")
except AttributeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
e = RuntimeError()
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("t") from None
except TypeError as t:
    t.__suppress_context__ = False
    print(repr(t.__context__), t.__cause__)
