# range construction and use errors.
for args in [(), (1, 2, 3, 4), (1.0,), ('1',), (0, 10, 0), (None,), (1, 2.5)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(x=1)
except TypeError as e:
    print(type(e).__name__, e)
r = range(10)
for bad in [10, -11]:
    try:
        r[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    r[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r.index(11)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.count()
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), r[I()], range(True, 3))
try:
    class R(range):
        pass
except TypeError as e:
    print(type(e).__name__, e)
