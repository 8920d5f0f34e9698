# open() failures raise the errno's OSError subclass naming the file.
try:
    open("/tmp/pyvm_corpus_no_such_dir/x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("/tmp")
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("/tmp", "w")
except OSError as e:
    print(type(e).__name__, e.errno, e)
path = "/tmp/pyvm_corpus_exc_open_errors.txt"
open(path, "w").close()
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
try:
    open("/proc/1/mem", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(3.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(path, "r", buffering=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(path, encoding=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(path, closefd=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)
