# The builtin exception hierarchy, checked with issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (TypeError, Exception),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (SystemExit, Exception), (GeneratorExit, Exception),
    (Exception, BaseException), (AttributeError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (AssertionError, Exception), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (BaseException, object), (bool, Exception),
    (EnvironmentError, OSError), (IOError, OSError), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:16} {issubclass(sub, sup)}")
print(EnvironmentError is OSError, IOError is OSError)
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
print(type(ZeroDivisionError()).__name__, ZeroDivisionError.__base__.__name__)
print(BaseException.__bases__, Exception.__base__.__name__)
