# corpus: full-stderr
# An exception thrown into a generator that does not handle it.
class ProtocolError(Exception):
    pass


def session():
    print("session opened")
    try:
        while True:
            message = yield "ready"
            print("received", message)
    except ValueError:
        print("bad value, session continues")
        yield "recovered"


s = session()
print(next(s))
print(s.send("hello"))
print(s.throw(ProtocolError("unexpected packet")))
