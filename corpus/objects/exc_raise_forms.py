# raise Class (instantiated with no args), raise instance, re-raise.
class MyError(Exception):
    def __init__(self, *args):
        print("MyError.__init__", args)
        super().__init__(*args)


try:
    raise MyError
except MyError as e:
    print("caught", repr(e), e.args)
try:
    raise MyError("with", "args")
except MyError as e:
    print("caught", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
for cls in (ValueError, KeyError, StopIteration):
    try:
        raise cls
    except Exception as e:
        print(type(e).__name__, e.args, repr(e))
