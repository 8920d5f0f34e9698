# Code object attributes of various functions.
def plain(a, b, c=3):
    d = a + b
    return d * c


def posonly(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


def varargs(x, *args, y, **kwargs):
    z = len(args)
    return z


def closure_maker(n):
    m = n * 2

    def inner(k):
        return k + n + m

    return inner


class Klass:
    def method(self, v):
        return v

    class Inner:
        def deep(self):
            return 1


def show(code):
    print(f"{code.co_name}: qualname={code.co_qualname}")
    print("  file:", code.co_filename.rsplit("/", 1)[-1])
    print("  firstlineno:", code.co_firstlineno)
    print("  argcount:", code.co_argcount, "posonly:", code.co_posonlyargcount,
          "kwonly:", code.co_kwonlyargcount)
    print("  varnames:", code.co_varnames)
    print("  freevars:", code.co_freevars, "cellvars:", code.co_cellvars)
    print("  nlocals:", code.co_nlocals)


show(plain.__code__)
show(posonly.__code__)
show(varargs.__code__)
show(closure_maker.__code__)
show(closure_maker(1).__code__)
show(Klass.method.__code__)
show(Klass.Inner.deep.__code__)
show((lambda q, *, r: q).__code__)

# Flags for varargs/varkeywords/generators/coroutines.
def gen():
    yield 1

async def co():
    pass

for f in [plain, varargs, gen, co]:
    flags = f.__code__.co_flags
    print(f.__name__, "VARARGS" if flags & 0x04 else "-", "VARKEYWORDS" if flags & 0x08 else "-",
          "GENERATOR" if flags & 0x20 else "-", "COROUTINE" if flags & 0x80 else "-")

# Constants appear in co_consts.
def consts():
    """the docstring"""
    label = "marker string"
    number = 12345
    return label, number

cc = consts.__code__.co_consts
print("marker string" in cc, 12345 in cc, "the docstring" in cc, "absent" in cc)
print("first const is the docstring:", cc[0])
print("names used:", varargs.__code__.co_names)
