# dir() of exception classes lists their descriptors and methods.
names = ["__cause__", "__context__", "__traceback__", "__suppress_context__", "args", "__dict__",
         "__setstate__", "__reduce__", "with_traceback", "add_note"]
print([n for n in names if n not in dir(BaseException)])
print([n for n in names if n not in dir(KeyError)])
for cls in [StopIteration, SystemExit, ImportError, ModuleNotFoundError, NameError, UnboundLocalError,
            AttributeError, OSError, FileNotFoundError, BlockingIOError, KeyError]:
    own = sorted(set(dir(cls)) - set(dir(Exception)))
    print(cls.__name__, own)
