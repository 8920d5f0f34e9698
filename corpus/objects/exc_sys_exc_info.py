# sys.exc_info() and sys.exception() inside and outside handlers.
import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())


def helper():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError as e:
    print(helper() is e)
try:
    raise TypeError("t")
except TypeError:
    pass
finally:
    print("finally:", sys.exc_info()[0])
print(sys.exc_info()[0])
