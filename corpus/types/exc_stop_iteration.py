# StopIteration.value carries a generator's return value; SystemExit.code what sys.exit got.
import sys
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e.value))
try:
    {}["missing"]
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    undefined_name_here
except NameError as e:
    print(e.name, e)
try:
    [].nope
except AttributeError as e:
    print(e.name, e.obj, e)
