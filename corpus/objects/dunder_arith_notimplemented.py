# When both sides return NotImplemented, a TypeError names the operator and types.
class A:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


class B:
    pass


ops = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y), ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y),
    ("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
    ("@", lambda x, y: x @ y),
]
for sym, op in ops:
    try:
        op(A(), B())
    except TypeError as e:
        print(sym, "TypeError:", e)
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    x = B()
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x = B()
    x **= 1
except TypeError as e:
    print("TypeError:", e)
try:
    -B()
except TypeError as e:
    print("TypeError:", e)
try:
    ~B()
except TypeError as e:
    print("TypeError:", e)
