# __mro__ of a few builtin exception classes and of user exceptions.
def chain(cls):
    return " > ".join([c.__name__ for c in cls.__mro__])


for cls in (BaseException, Exception, KeyError, FileNotFoundError, UnicodeDecodeError,
            NotImplementedError, UnboundLocalError, StopIteration, SystemExit, TabError):
    print(chain(cls))


class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NotFound(DbError, LookupError):
    pass


print(chain(NotFound))
print(issubclass(NotFound, KeyError), issubclass(NotFound, LookupError))
try:
    raise NotFound("row 7")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
