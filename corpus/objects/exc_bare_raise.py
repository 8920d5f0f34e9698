# Bare raise re-raises the exception being handled, from any depth of calls.
def log_and_reraise():
    print("logging", repr(sys_exc()))
    raise


def sys_exc():
    import sys
    return sys.exc_info()[1]


try:
    try:
        raise ValueError("original")
    except ValueError:
        log_and_reraise()
except ValueError as e:
    print("outer caught", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("re-raised the KeyError", repr(e))
try:
    try:
        raise IndexError("i")
    finally:
        print("finally runs before propagation")
except IndexError as e:
    print("caught", e)


class Resource:
    def close(self):
        try:
            raise GeneratorExit("shutting down")
        except GeneratorExit:
            print("resource closing")
            raise


try:
    Resource().close()
except GeneratorExit as e:
    print("closed", repr(e), isinstance(e, Exception))
